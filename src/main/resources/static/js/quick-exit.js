// Quick exit: the link works without JavaScript; with it, three presses of Escape within two
// seconds also leave the site, and the page is replaced in history so Back does not return.
(function () {
  'use strict';
  var link = document.querySelector('[data-quick-exit]');
  if (!link) {
    return;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.style.display = 'none';
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 2000; });
    presses.push(now);
    if (presses.length >= 3) {
      leave();
    }
  });
}());
