// The filter by source: keep the chosen source's claims (and those relayed through it) highlighted
// and listed; the other claims lose their highlight in the text and leave the list.
// A click on a highlight brings its claim's card into view, as a footnote would.
(function () {
  "use strict";
  var ALL = "*", UNATTRIBUTED = "-";

  function matches(element, value) {
    var chain = (element.getAttribute("data-sources") || "").split(" ").filter(Boolean);
    if (value === ALL) return true;
    if (value === UNATTRIBUTED) return chain.length === 0;
    return chain.indexOf(value) >= 0;
  }

  function apply(section, select, status) {
    var value = select.value, shown = 0, total = 0;
    section.querySelectorAll(".article-text [data-claim]").forEach(function (mark) {
      mark.classList.toggle("dim", !matches(mark, value));
    });
    section.querySelectorAll("li.claim").forEach(function (card) {
      var keep = matches(card, value);
      card.hidden = !keep;
      total += 1;
      if (keep) shown += 1;
    });
    section.querySelectorAll("li.source").forEach(function (item) {
      item.classList.toggle("selected", item.getAttribute("data-source") === value);
    });
    status.textContent = value === ALL ? "" : "showing " + shown + " of " + total + " claims";
  }

  function showCard(event) {
    var mark = event.target.closest(".article-text [data-claim]");
    if (!mark || event.target.closest("a") || String(window.getSelection())) return;
    var section = mark.closest("section.report");
    var card = document.getElementById(section.id + "-card-" + mark.getAttribute("data-claim"));
    if (!card || card.hidden) return;
    card.scrollIntoView({block: "center"});
    card.classList.remove("flash");
    void card.offsetWidth;  // restart the highlight's animation
    card.classList.add("flash");
  }

  document.addEventListener("click", showCard);
  document.querySelectorAll("section.report").forEach(function (section) {
    var select = section.querySelector("select[data-filter]");
    if (!select) return;
    var status = section.querySelector(".filter-status");
    select.addEventListener("change", function () { apply(section, select, status); });
    select.value = ALL;
  });
})();
