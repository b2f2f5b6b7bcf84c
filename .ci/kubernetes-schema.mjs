// Validates Kubernetes manifests against the Kubernetes API schema, strictly: a wrong type, a missing
// required field, a value outside an enum, an apiVersion/kind the API does not have, and an unknown
// (for example misspelled) field are all errors, as they are to `kubectl apply --validate=strict`.
// Run by .ci/kubernetes-schema from the temporary folder it installs into; usage:
//   node kubernetes-schema.mjs --self-check FILE...
//
// Two packages, both generated from the Kubernetes OpenAPI document, do the work:
//  - kubernetes-models: one JSON-schema validator (Ajv, compiled) per kind: types, required fields,
//    enums and formats. Its schemas leave additionalProperties open, so it accepts unknown fields;
//  - @kubernetes/client-node: its generated models list every field of every type with its type
//    (attributeTypeMap), which this script walks to refuse any field the API does not define.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const GEN = new URL("./client-node/package/dist/gen/models/", import.meta.url);
const typeMaps = new Map();

// The field list of a client-node model type, or null when there is no such type.
async function fields(type) {
  if (!typeMaps.has(type)) {
    let map = null;
    try {
      const module = await import(new URL(`${type}.js`, GEN));
      map = module[type]?.attributeTypeMap ?? null;
    } catch {
      map = null;
    }
    typeMaps.set(type, map);
  }
  return typeMaps.get(type);
}

// Refuses fields the type does not define, walking nested objects, arrays and maps.
async function unknownFields(value, type, path, errors) {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) await unknownFields(value[i], array[1], `${path}/${i}`, errors);
    }
    return; // a wrong type is kubernetes-models' error
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value === "object" && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) await unknownFields(item, map[1], `${path}/${key}`, errors);
    }
    return;
  }
  if (["string", "number", "boolean", "Date", "IntOrString", "any", "object"].includes(type)) return;
  const list = await fields(type);
  if (list === null) {
    errors.push(`${path || "/"}: no model for type ${type} (the validator cannot check it)`);
    return;
  }
  if (typeof value !== "object" || Array.isArray(value)) return;
  const known = new Map(list.map((f) => [f.baseName, f.type]));
  for (const [key, item] of Object.entries(value)) {
    if (!known.has(key)) {
      errors.push(`${path}/${key}: unknown field "${key}" (${type} has: ${[...known.keys()].join(", ")})`);
    } else {
      await unknownFields(item, known.get(key), `${path}/${key}`, errors);
    }
  }
}

// The errors of one document: an empty list when it is valid.
async function validate(doc) {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return ["not a mapping"];
  const { apiVersion, kind } = doc;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return ["apiVersion and kind are required"];
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  let Model;
  try {
    const module = await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`);
    Model = module[kind];
  } catch {
    Model = undefined;
  }
  if (typeof Model !== "function" || Model.apiVersion !== apiVersion || Model.kind !== kind) {
    return [`the Kubernetes API has no ${kind} in ${apiVersion}`];
  }
  const errors = [];
  try {
    new Model(doc).validate();
  } catch (e) {
    errors.push(...String(e.message).split(/,\s*(?=data)/).map((m) => m.replace(/^data/, "")));
  }
  // client-node names a type by its version and kind (V1Deployment), or with its group in front when
  // two groups share the name (EventsV1Event); the one whose apiVersion and kind fields exist is it.
  const v = version.charAt(0).toUpperCase() + version.slice(1);
  const g = (group ?? "core").split(".")[0];
  const candidates = [`${v}${kind}`, `${g.charAt(0).toUpperCase()}${g.slice(1)}${v}${kind}`];
  let type = null;
  for (const c of candidates) {
    const list = await fields(c);
    if (list && list.some((f) => f.baseName === "kind")) {
      type = c;
      break;
    }
  }
  if (type === null) errors.push(`no field list for ${apiVersion} ${kind} (the validator cannot check it)`);
  else await unknownFields(doc, type, "", errors);
  return errors;
}

function documents(text, source) {
  // YAML 1.1, as kubectl reads manifests; duplicate keys are errors.
  return parseAllDocuments(text, { version: "1.1", uniqueKeys: true }).map((d, i) => {
    if (d.errors.length) return { source, index: i + 1, parseErrors: d.errors.map((e) => e.message) };
    return { source, index: i + 1, value: d.toJS() };
  }).filter((d) => d.parseErrors || d.value !== null);
}

// Documents the validator must refuse, each for one reason; a validator that accepts any of them
// would let the real manifests pass unchecked.
const BAD = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: misspelled-field}
spec:
  replicass: 3
  selector: {matchLabels: {app: x}}
  template:
    metadata: {labels: {app: x}}
    spec: {containers: [{name: x, image: x}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: string-for-integer}
spec:
  replicas: "3"
  selector: {matchLabels: {app: x}}
  template:
    metadata: {labels: {app: x}}
    spec: {containers: [{name: x, image: x}]}
---
apiVersion: apps/v1beta3
kind: Deployment
metadata: {name: wrong-api-version}
spec:
  selector: {matchLabels: {app: x}}
  template:
    metadata: {labels: {app: x}}
    spec: {containers: [{name: x, image: x}]}
---
apiVersion: v1
kind: Service
metadata: {name: deep-unknown-field}
spec:
  ports: [{name: http, port: 80, targetport: http}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: missing-required}
spec:
  rules: [{http: {paths: [{path: /, backend: {service: {name: x, port: {name: http}}}}]}}]
`;
// The error each known-bad document must get.
const EXPECTED = {
  "misspelled-field": /\/spec\/replicass: unknown field/,
  "string-for-integer": /\/spec\/replicas must be integer/,
  "wrong-api-version": /no Deployment in apps\/v1beta3/,
  "deep-unknown-field": /\/spec\/ports\/0\/targetport: unknown field/,
  "missing-required": /must have required property pathType/,
};
const GOOD = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: good, labels: {app: x}}
spec:
  replicas: 3
  selector: {matchLabels: {app: x}}
  template:
    metadata: {labels: {app: x}}
    spec:
      containers:
        - name: x
          image: x
          ports: [{name: http, containerPort: 9080}]
          resources: {limits: {memory: 768Mi}}
          readinessProbe: {httpGet: {path: /health/ready, port: http}}
`;

let failed = 0;
const args = process.argv.slice(2);
if (args[0] === "--self-check") {
  args.shift();
  for (const d of documents(BAD, "self-check")) {
    const errors = d.parseErrors ?? (await validate(d.value));
    const name = d.value.metadata.name;
    const reason = errors.find((e) => EXPECTED[name].test(e));
    if (reason === undefined) {
      console.log(`SELF-CHECK FAILED: the known-bad document ${name} was not refused for its fault: ${errors.join("; ") || "accepted"}`);
      failed++;
    } else {
      console.log(`self-check: known-bad ${name} refused: ${reason}`);
    }
  }
  for (const d of documents(GOOD, "self-check")) {
    const errors = await validate(d.value);
    if (errors.length) {
      console.log(`SELF-CHECK FAILED: the known-good document was refused: ${errors.join("; ")}`);
      failed++;
    }
  }
}
for (const file of args) {
  const docs = documents(readFileSync(file, "utf8"), file);
  if (docs.length === 0) {
    console.log(`${file}: no documents`);
    failed++;
  }
  for (const d of docs) {
    const errors = d.parseErrors ?? (await validate(d.value));
    const what = d.value ? `${d.value.kind} ${d.value.metadata?.name ?? "(no name)"}` : "";
    if (errors.length) {
      failed++;
      console.log(`${file} #${d.index} ${what}: INVALID`);
      for (const e of errors) console.log(`    ${e}`);
    } else {
      console.log(`${file} #${d.index} ${what}: valid`);
    }
  }
}
process.exit(failed ? 1 : 0);
