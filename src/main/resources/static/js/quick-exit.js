// Quick exit: the link works without JavaScript; with it, the language cookie is deleted,
// the page is replaced in history so Back does not return, and three presses of Escape
// within two seconds also leave the site.
(function () {
  'use strict';
  var link = document.querySelector('[data-quick-exit]');
  if (!link) {
    return;
  }
  function forgetLanguage() {
    var secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = 'portal_lang=; Max-Age=0; Path=/; SameSite=Lax' + secure;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    forgetLanguage();
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
