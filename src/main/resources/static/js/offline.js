// Offline help (progressive enhancement): registers the service worker (/sw.js), asks it
// to keep the help page of this language and this page, shows the "saved on" note on a
// page the worker answered from its copy, and offers "save for offline" and, on the
// browse-safely page, "remove saved pages". Without service workers nothing is shown.
(function () {
  'use strict';
  var root = document.querySelector('[data-offline]');
  if (!root || !('serviceWorker' in navigator) || !('caches' in window)) {
    return;
  }

  function two(number) {
    return (number < 10 ? '0' : '') + number;
  }

  // numbers only, as the help page writes dates: the same in every language
  function when(iso) {
    var date = iso ? new Date(iso) : new Date();
    if (isNaN(date.getTime())) {
      date = new Date();
    }
    return date.getFullYear() + '-' + two(date.getMonth() + 1) + '-' + two(date.getDate()) + ' '
      + two(date.getHours()) + ':' + two(date.getMinutes());
  }

  function fill(template, iso) {
    return (template || '').replace('{date}', when(iso));
  }

  var note = document.querySelector('[data-offline-note]');
  if (note && note.getAttribute('data-offline-saved')) {
    note.textContent = fill(note.getAttribute('data-template'), note.getAttribute('data-offline-saved'));
    note.hidden = false;
  }

  function ask(worker, message) {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) { resolve(event.data || {}); };
      worker.postMessage(message, [channel.port2]);
    });
  }

  var ready = navigator.serviceWorker.register(root.getAttribute('data-worker'))
    .then(function () { return navigator.serviceWorker.ready; })
    .then(function (registration) { return registration.active; });

  ready.then(function (worker) {
    var help = root.getAttribute('data-help');
    var keeping = [ask(worker, { type: 'keep', url: help, saved: true, maxAge: 3600000 })];
    if (!navigator.serviceWorker.controller && !(note && !note.hidden)) {
      // this first page was loaded before the worker was there to keep it
      keeping.push(ask(worker, { type: 'keep', url: window.location.href, saved: false }));
    }
    return Promise.all(keeping);
  }).then(function () {
    document.documentElement.setAttribute('data-offline-ready', 'true');
  }, function () {
    // no worker (a private window may refuse one): the pages simply are not kept
  });

  var save = document.querySelector('[data-offline-save]');
  if (save) {
    var status = save.querySelector('[data-offline-status]');
    save.querySelector('button').addEventListener('click', function () {
      ready.then(function (worker) {
        return ask(worker, { type: 'keep', url: window.location.href, saved: true });
      }).then(function (answer) {
        status.textContent = answer.kept ? fill(status.getAttribute('data-done'), answer.at)
          : status.getAttribute('data-failed');
      }, function () {
        status.textContent = status.getAttribute('data-failed');
      });
    });
    save.hidden = false;
  }

  var clear = document.querySelector('[data-offline-clear]');
  if (clear && window.migrantPortal) {
    var cleared = clear.querySelector('[data-offline-status]');
    clear.querySelector('button').addEventListener('click', function () {
      window.migrantPortal.forgetSavedPages().then(function () {
        cleared.textContent = cleared.getAttribute('data-done');
      }, function () {
        cleared.textContent = cleared.getAttribute('data-failed');
      });
    });
    clear.hidden = false;
  }
}());
