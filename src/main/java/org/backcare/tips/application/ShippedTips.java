package org.backcare.tips.application;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.content.application.ContentFiles;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipCatalogue;
import org.backcare.tips.domain.TipContext;
import org.backcare.tips.domain.TipText;
import org.backcare.tips.domain.TipValidation;

/** Reads and validates {@code content/tips.json}; any problem stops start-up with all of them. */
public final class ShippedTips {

  private ShippedTips() {}

  /** The shipped catalogue from the class-path resource {@code resource}. */
  public static TipCatalogue load(String resource) {
    List<Tip> tips = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JsonObject json :
        ContentFiles.readResource(resource).getJsonArray("tips").getValuesAs(JsonObject.class)) {
      String id = json.getString("id", "?");
      Optional<TipContext> context = TipContext.byKey(json.getString("context", ""));
      if (context.isEmpty()) {
        problems.add("tip '" + id + "': unknown context '" + json.getString("context", "") + "'");
        continue;
      }
      Map<String, TipText> text =
          ContentFiles.texts(
              json.getJsonObject("text"),
              t ->
                  new TipText(
                      t.getString("title", ""), t.getString("body", ""), t.getString("why", "")));
      tips.add(
          new Tip(
              id,
              context.get(),
              Optional.ofNullable(json.getString("reference", null)),
              LocalDate.parse(json.getString("reviewed")),
              text,
              Optional.empty()));
    }
    problems.addAll(
        TipValidation.problems(tips, ContentFiles.SHIPPED_LOCALES, ContentFiles.referenceIds()));
    ContentFiles.requireValid(resource, problems);
    return new TipCatalogue(tips);
  }
}
