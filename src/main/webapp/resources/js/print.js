/* The "Print my toolbox" button: the print stylesheet lays the toolbox out for paper. */
(function () {
  "use strict";
  var button = document.getElementById("print");
  if (button) {
    button.addEventListener("click", function () {
      window.print();
    });
  }
})();
