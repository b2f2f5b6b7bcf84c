/*
 * What a member would notice on screen and automated scores do not: run in the page by
 * PageQualityBrowserIT at each width. Returns a list of findings, empty when the page is fine.
 *
 * - the page scrolls sideways;
 * - a visible control's text, or its edge, does not stand out from the colour actually painted
 *   behind it (computed by compositing every background up to the canvas, so nothing is left to
 *   "needs review"); text needs 4.5:1 (3:1 when large), an edge 3:1;
 * - a target smaller than 24 by 24 CSS px (WCAG 2.2, 2.5.8; links inside a sentence are exempt),
 *   or smaller than 44 by 44 inside a player;
 * - a doubled apostrophe left by message-format quoting.
 */
return (function () {
  const findings = [];
  const viewport = document.documentElement.clientWidth;

  function rgba(text) {
    const m = /rgba?\(([^)]*)\)/.exec(text || '');
    if (!m) {
      return null;
    }
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }

  function over(top, bottom) {
    const a = top.a + bottom.a * (1 - top.a);
    if (a === 0) {
      return { r: 0, g: 0, b: 0, a: 0 };
    }
    const mix = (t, b) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
    return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
  }

  function luminance(c) {
    const lin = (v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  }

  function ratio(x, y) {
    const a = luminance(x);
    const b = luminance(y);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  function describe(el) {
    const id = el.id ? '#' + el.id : '';
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
    return el.tagName.toLowerCase() + id + ' "' + text.slice(0, 40) + '"';
  }

  /** The colour painted behind el (its own background included when withSelf). */
  function backdrop(el, withSelf) {
    const layers = [];
    for (let node = withSelf ? el : el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage && style.backgroundImage !== 'none') {
        return { image: node };
      }
      const c = rgba(style.backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) {
          break;
        }
      }
    }
    const canvas = rgba(getComputedStyle(document.documentElement).backgroundColor);
    let colour = canvas && canvas.a > 0 ? over(canvas, { r: 255, g: 255, b: 255, a: 1 }) : { r: 255, g: 255, b: 255, a: 1 };
    for (let i = layers.length - 1; i >= 0; i--) {
      colour = over(layers[i], colour);
    }
    return { colour };
  }

  function visible(el) {
    // Inside a closed <details> an element keeps a box (content-visibility: hidden) but is not
    // shown; checkVisibility knows, where the browser has it.
    if (el.checkVisibility && !el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) {
      return false;
    }
    const closed = el.closest('details:not([open])');
    if (closed && !(el.closest('summary') && el.closest('summary').parentElement === closed)) {
      return false;
    }
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') {
      return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && el.getClientRects().length > 0;
  }

  function large(style) {
    const size = parseFloat(style.fontSize);
    return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  }

  function inSentence(el) {
    const style = getComputedStyle(el);
    if (style.display !== 'inline') {
      return false;
    }
    const block = el.parentElement;
    const own = (el.innerText || '').trim().length;
    return block && (block.innerText || '').trim().length > own + 10;
  }

  // Sideways scrolling.
  const width = document.documentElement.scrollWidth;
  if (width > viewport) {
    // Name the elements that stick out themselves, not every ancestor that contains them (and not
    // the fixed navigation, which a wide page stretches with it).
    const over = (el) => visible(el) && el.getBoundingClientRect().right > viewport + 0.5
      && !el.closest('.site-nav');
    const wide = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => over(el) && !Array.from(el.children).some(over))
      .slice(0, 5)
      .map((el) => describe(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + ')');
    findings.push('page is ' + width + ' px wide in a ' + viewport + ' px window: ' + wide.join(', '));
  }

  // Controls: text contrast, edge contrast, target size.
  const controls = document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex="0"]');
  for (const el of controls) {
    if (!visible(el)) {
      continue;
    }
    const style = getComputedStyle(el);
    const disabled = el.disabled === true;
    const checkable = el.type === 'radio' || el.type === 'checkbox';
    const rect = el.getBoundingClientRect();
    const skipLink = el.classList.contains('skip-link') && rect.left < 0;
    if (skipLink) {
      continue;
    }

    if (!disabled && !checkable) {
      const behind = backdrop(el, true);
      if (behind.image) {
        findings.push(describe(el) + ': text over a background image cannot be checked');
      } else {
        const ink = over(rgba(style.color), behind.colour);
        const need = large(style) ? 3 : 4.5;
        const got = ratio(ink, behind.colour);
        if (got < need) {
          findings.push(describe(el) + ': text contrast ' + got.toFixed(2) + ':1, needs ' + need + ':1');
        }
      }
    }

    const boxed = el.matches('button, .button, input[type=submit], input[type=button], input[type=text], input[type=search], input[type=number], input:not([type]), select, textarea');
    if (boxed && !disabled) {
      const around = backdrop(el, false);
      const fill = backdrop(el, true);
      if (!around.image && !fill.image) {
        const fillRatio = ratio(fill.colour, around.colour);
        const borderWidth = parseFloat(style.borderTopWidth) || 0;
        const border = rgba(style.borderTopColor);
        const edgeRatio = borderWidth >= 1 && border && border.a > 0
          ? ratio(over(border, around.colour), around.colour)
          : 1;
        if (fillRatio < 3 && edgeRatio < 3) {
          findings.push(describe(el) + ': its edge does not stand out (fill ' + fillRatio.toFixed(2)
            + ':1, border ' + edgeRatio.toFixed(2) + ':1, needs 3:1)');
        }
      }
    }

    // The target: a box and its label together when the label is what a finger presses.
    let w = rect.width;
    let h = rect.height;
    if (checkable && el.labels) {
      for (const label of el.labels) {
        const l = label.getBoundingClientRect();
        w = Math.max(w, l.width);
        h = Math.max(h, l.height);
      }
    }
    const player = el.closest('[data-player]');
    const need = player ? 44 : 24;
    if ((w < need - 0.5 || h < need - 0.5) && !(el.matches('a') && inSentence(el))) {
      findings.push(describe(el) + ': target ' + Math.round(w) + ' x ' + Math.round(h) + ' px, needs '
        + need + ' x ' + need + (player ? ' in a player' : ''));
    }
  }

  // Doubled apostrophes, in the text and in what a screen reader reads out.
  const said = [document.title, document.body.innerText];
  for (const el of document.querySelectorAll('[value], [aria-label], [title], [alt], [placeholder]')) {
    for (const name of ['value', 'aria-label', 'title', 'alt', 'placeholder']) {
      if (el.hasAttribute(name) && !(name === 'value' && el.type === 'hidden')) {
        said.push(el.getAttribute(name));
      }
    }
  }
  for (const text of said) {
    const at = (text || '').indexOf("''");
    if (at >= 0) {
      findings.push('doubled apostrophe: "' + text.slice(Math.max(0, at - 30), at + 10) + '"');
    }
  }
  // The not-medical-advice note once per page (the footer), never repeated down the page.
  const notes = (document.body.innerText.match(/not medical advice/gi) || []).length;
  if (notes > 1) {
    findings.push('the not-medical-advice note appears ' + notes + ' times');
  }

  // The navigation shows where the member is: one current destination at most.
  const current = document.querySelectorAll('nav.site-nav [aria-current="page"]').length;
  if (current > 1) {
    findings.push(current + ' navigation links claim to be the current page');
  }
  return findings;
})();
