// The banner on an earlier release (overrides/main.html, block outdated): its link opens the
// same page in the current release at the row being read (#anchor), or the language's home
// there when the page is not in it any more. Asked only when the reader follows the link.
(function () {
  "use strict"
  var link = document.querySelector(".kb-latest-link")
  if (!link) return
  var page = link.href
  var home = link.dataset.kbLatestHome
  link.addEventListener("click", function (event) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    var go = function (target, keepRow) { location.href = target + (keepRow ? location.hash : "") }
    fetch(page, { method: "HEAD" })
      .then(function (response) { go(response.ok ? page : home, response.ok) })
      .catch(function () { go(page, true) })
  })
})()
