/*
 * The print buttons (my toolbox, the summary for a clinician): the print stylesheet lays the page out
 * for paper. A button that needs this script starts hidden, with a hint to press Ctrl+P beside it:
 * with JavaScript, the button shows and the hint goes.
 */
(function () {
  "use strict";
  var button = document.getElementById("print");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
    var hint = document.getElementById("print-hint");
    if (hint) {
      hint.hidden = true;
    }
  }
})();
