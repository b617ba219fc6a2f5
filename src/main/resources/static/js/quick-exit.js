// Quick exit: the link works without JavaScript; with it, the language cookie is deleted,
// the pages kept for offline reading are removed, the page is replaced in history so Back
// does not return, and three presses of Escape within two seconds also leave the site.
(function () {
  'use strict';
  // Removes every page kept for offline reading and the worker that keeps them; also used
  // by the browse-safely page's "remove saved pages" (offline.js).
  function forgetSavedPages() {
    var work = [];
    if ('caches' in window) {
      work.push(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) { return name.indexOf('portal-') === 0; })
          .map(function (name) { return caches.delete(name); }));
      }));
    }
    if ('serviceWorker' in navigator && navigator.serviceWorker.getRegistrations) {
      work.push(navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.map(function (registration) { return registration.unregister(); }));
      }));
    }
    return Promise.all(work);
  }
  window.migrantPortal = { forgetSavedPages: forgetSavedPages };
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
    var gone = false;
    function go() {
      if (!gone) {
        gone = true;
        window.location.replace(link.href);
      }
    }
    // leaving must not wait long: at most half a second for the saved pages to go
    forgetSavedPages().then(go, go);
    window.setTimeout(go, 500);
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
