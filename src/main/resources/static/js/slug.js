// Slug proposal: an input marked data-slug-from="<id of the title input>" is filled from the
// title as the editor types, until they type in it themselves. The same romanisation as
// org.migrantportal.shared.Romanisation and Slugs.fromTitle (SlugProposalBrowserTests compares
// the two); without JavaScript the server proposes a slug for a blank field.
(function () {
  'use strict';
  var MAX_LENGTH = 120;
  var GEORGIAN = {
    'ა': 'a', 'ბ': 'b', 'გ': 'g', 'დ': 'd', 'ე': 'e', 'ვ': 'v', 'ზ': 'z', 'თ': 't', 'ი': 'i', 'კ': 'k',
    'ლ': 'l', 'მ': 'm', 'ნ': 'n', 'ო': 'o', 'პ': 'p', 'ჟ': 'zh', 'რ': 'r', 'ს': 's', 'ტ': 't', 'უ': 'u',
    'ფ': 'p', 'ქ': 'k', 'ღ': 'gh', 'ყ': 'q', 'შ': 'sh', 'ჩ': 'ch', 'ც': 'ts', 'ძ': 'dz', 'წ': 'ts',
    'ჭ': 'ch', 'ხ': 'kh', 'ჯ': 'j', 'ჰ': 'h'
  };
  // ե, ո and ու depend on their place in the word and are handled in romanise
  var ARMENIAN = {
    'ա': 'a', 'բ': 'b', 'գ': 'g', 'դ': 'd', 'զ': 'z', 'է': 'e', 'ը': 'y', 'թ': 't', 'ժ': 'zh', 'ի': 'i',
    'լ': 'l', 'խ': 'kh', 'ծ': 'ts', 'կ': 'k', 'հ': 'h', 'ձ': 'dz', 'ղ': 'gh', 'ճ': 'ch', 'մ': 'm', 'յ': 'y',
    'ն': 'n', 'շ': 'sh', 'չ': 'ch', 'պ': 'p', 'ջ': 'j', 'ռ': 'r', 'ս': 's', 'վ': 'v', 'տ': 't', 'ր': 'r',
    'ց': 'ts', 'ւ': 'v', 'փ': 'p', 'ք': 'k', 'և': 'ev', 'օ': 'o', 'ֆ': 'f'
  };
  var LETTERS = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i' };
  var IN_WORD_MARKS = /[\u055A-\u055C\u055E\u055F]/g;
  var APOSTROPHES = /['`\u00B4\u02BB\u02BC\u2018\u2019]/g;
  var MARKS = /\p{M}+/gu;
  var LETTER = /\p{L}/u;

  function romanise(text) {
    var lower = text.toLowerCase().replace(IN_WORD_MARKS, '');
    var out = '';
    for (var i = 0; i < lower.length; i++) {
      var c = lower.charAt(i);
      var wordStart = i === 0 || !LETTER.test(lower.charAt(i - 1));
      if (c === 'ո' && lower.charAt(i + 1) === 'ւ') {
        out += 'u';
        i++;
      } else if (c === 'ո') {
        out += wordStart ? 'vo' : 'o';
      } else if (c === 'ե') {
        out += wordStart ? 'ye' : 'e';
      } else if (Object.prototype.hasOwnProperty.call(GEORGIAN, c)) {
        out += GEORGIAN[c];
      } else if (Object.prototype.hasOwnProperty.call(ARMENIAN, c)) {
        out += ARMENIAN[c];
      } else {
        out += c;
      }
    }
    return out;
  }

  function fromTitle(title) {
    if (title == null) {
      return '';
    }
    var folded = romanise(String(title).replace(APOSTROPHES, '')).normalize('NFKD').replace(MARKS, '');
    var slug = '';
    var gap = false;
    for (var i = 0; i < folded.length; i++) {
      var c = folded.charAt(i);
      var letters = Object.prototype.hasOwnProperty.call(LETTERS, c) ? LETTERS[c]
        : (/[a-z0-9]/.test(c) ? c : null);
      if (letters === null) {
        gap = true;
        continue;
      }
      if (gap && slug.length > 0) {
        slug += '-';
      }
      gap = false;
      slug += letters;
    }
    if (slug.length <= MAX_LENGTH) {
      return slug;
    }
    var boundary = slug.lastIndexOf('-', MAX_LENGTH);
    return boundary > 0 ? slug.substring(0, boundary) : slug.substring(0, MAX_LENGTH);
  }

  window.portalSlugs = { fromTitle: fromTitle };

  // A slug that is already there (a stored page, a form sent back with an error) is the
  // editor's: renaming a title must not move a published address by itself.
  document.querySelectorAll('input[data-slug-from]').forEach(function (slug) {
    var title = document.getElementById(slug.getAttribute('data-slug-from'));
    if (!title) {
      return;
    }
    var proposing = slug.value === '';
    slug.addEventListener('input', function () {
      proposing = slug.value === '';
    });
    title.addEventListener('input', function () {
      if (proposing) {
        slug.value = fromTitle(title.value);
      }
    });
  });
}());
