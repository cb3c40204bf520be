// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";

  // Completion for the catalogue's search box: names of offers that start with what was typed.
  function suggest(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var prefix = input.value.trim();
      if (prefix.length < 2) {
        list.replaceChildren();
        return;
      }
      timer = setTimeout(function () {
        fetch(input.dataset.suggest + "?prefix=" + encodeURIComponent(prefix) + "&limit=8", {
          headers: { Accept: "application/json" }
        })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) {
            list.replaceChildren.apply(list, suggestions.map(function (s) {
              var option = document.createElement("option");
              option.value = s.text;
              return option;
            }));
          })
          .catch(function () { /* completion is a help, the search works without it */ });
      }, 150);
    });
  }

  document.querySelectorAll("input[data-suggest]").forEach(suggest);

  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
