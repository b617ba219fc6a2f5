// The portal's service worker: keeps the help page of the visitor's language, the pages
// they read (the last 30) and the pages they saved (the last 30), so that these open
// without a connection, with a note saying when they were saved. Pages: network first, the
// kept copy only when the network fails. Never kept: the back-office, the login, searches,
// tools, anything but a plain 200 GET answer, and answers marked no-store (the ones that
// set a cookie). The caches are named by the release, so a new release drops the old ones.
'use strict';

var VERSION = '__PORTAL_ASSET_VERSION__';
var PREFIX = 'portal-';
var RECENT = PREFIX + 'recent-' + VERSION;
var SAVED = PREFIX + 'saved-' + VERSION;
var STATIC = PREFIX + 'static-' + VERSION;
var LIMIT = 30;
var SAVED_AT = 'X-Portal-Saved-At';
var LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
var NEVER = /(^|\/)(search|tools|call-back)(\/|$)/;
var ASSET = /^\/(css|js|img)\//;

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && [RECENT, SAVED, STATIC].indexOf(name) < 0;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function keepable(url) {
  var parts = url.pathname.split('/');
  return url.origin === self.location.origin && parts.length > 2 && LOCALE.test(parts[1])
    && !NEVER.test(parts.slice(2).join('/'));
}

function storable(response) {
  var cacheControl = response.headers.get('Cache-Control') || '';
  return response.status === 200 && response.type === 'basic' && !response.redirected
    && cacheControl.indexOf('no-store') < 0
    && (response.headers.get('Content-Type') || '').indexOf('text/html') === 0;
}

function stamped(response) {
  return response.blob().then(function (body) {
    var headers = new Headers(response.headers);
    headers.set(SAVED_AT, new Date().toISOString());
    headers.delete('Content-Encoding');
    headers.delete('Content-Length');
    return new Response(body, { status: response.status, statusText: response.statusText, headers: headers });
  });
}

function trim(cacheName) {
  return caches.open(cacheName).then(function (cache) {
    return cache.keys().then(function (requests) {
      var extra = requests.slice(0, Math.max(0, requests.length - LIMIT));
      return Promise.all(extra.map(function (request) { return cache.delete(request); }));
    });
  });
}

function keep(cacheName, url, response) {
  if (!storable(response)) {
    return Promise.resolve(false);
  }
  return stamped(response).then(function (copy) {
    return caches.open(cacheName).then(function (cache) {
      // deleted first, so that the page moves to the end of the cache's order
      return cache.delete(url).then(function () { return cache.put(url, copy); });
    });
  }).then(function () { return trim(cacheName); }).then(function () { return true; });
}

function withNote(response) {
  var savedAt = response.headers.get(SAVED_AT) || '';
  return response.text().then(function (html) {
    var headers = new Headers(response.headers);
    headers.delete('Content-Length');
    return new Response(html.replace('data-offline-saved=""', 'data-offline-saved="' + savedAt + '"'),
      { status: 200, headers: headers });
  });
}

function kept(url) {
  return caches.open(SAVED).then(function (saved) {
    return saved.match(url);
  }).then(function (found) {
    return found || caches.open(RECENT).then(function (recent) { return recent.match(url); });
  });
}

function fallback(url) {
  var help = url.pathname.split('/')[1];
  return kept(url.href).then(function (found) {
    return found || kept(self.location.origin + '/' + help + '/help');
  }).then(function (found) {
    return found ? withNote(found) : Response.error();
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (request.mode === 'navigate' && keepable(url)) {
    event.respondWith(fetch(request).then(function (response) {
      event.waitUntil(keep(RECENT, url.href, response.clone()));
      return response;
    }, function () {
      return fallback(url);
    }));
  }
  else if (url.origin === self.location.origin && ASSET.test(url.pathname)) {
    event.respondWith(caches.open(STATIC).then(function (cache) {
      return cache.match(request).then(function (found) {
        return found || fetch(request).then(function (response) {
          if (response.status === 200) {
            cache.put(request, response.clone());
          }
          return response;
        });
      });
    }));
  }
});

// Whether a copy kept less than maxAge milliseconds ago is there (the help page is asked
// for on every page, but fetched again at most once an hour).
function youngerThan(cacheName, url, maxAge) {
  if (!maxAge) {
    return Promise.resolve(false);
  }
  return caches.open(cacheName).then(function (cache) { return cache.match(url); }).then(function (found) {
    var at = found ? Date.parse(found.headers.get(SAVED_AT)) : NaN;
    return !isNaN(at) && Date.now() - at < maxAge;
  });
}

// {type: 'keep', url, saved, maxAge}: fetch a page and keep it (saved: in the saved pages,
// which browsing does not push out; maxAge: unless a copy that young is there); answers on
// the message's port whether it was kept.
self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type !== 'keep' || typeof data.url !== 'string') {
    return;
  }
  var url = new URL(data.url, self.location.origin);
  var reply = event.ports && event.ports[0];
  var cacheName = data.saved ? SAVED : RECENT;
  var done = !keepable(url) ? Promise.resolve(false) : youngerThan(cacheName, url.href, data.maxAge)
    .then(function (fresh) {
      return fresh || fetch(url.href, { credentials: 'same-origin' })
        .then(function (response) { return keep(cacheName, url.href, response); });
    })
    .catch(function () { return false; });
  event.waitUntil(done.then(function (result) {
    if (reply) {
      reply.postMessage({ kept: result, at: new Date().toISOString() });
    }
  }));
});
