// Form guard: a form marked data-guard that the editor has changed asks before the page is
// left, so typed words are not lost to a stray click. Submitting the form itself (saving,
// switching language, a workflow button) leaves without asking. Forms work without it.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-guard]');
  if (forms.length === 0) {
    return;
  }
  var changed = [];
  function markChanged(event) {
    var form = event.currentTarget;
    if (changed.indexOf(form) < 0) {
      changed.push(form);
    }
  }
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('input', markChanged);
    form.addEventListener('change', markChanged);
    form.addEventListener('submit', function () {
      // the page is left to save what was typed: nothing to warn about; a form posted to
      // another place (mark verified, trash) was not this one, so its changes still count
      changed = changed.filter(function (other) { return other !== form; });
    });
  });
  window.addEventListener('beforeunload', function (event) {
    if (changed.length === 0) {
      return undefined;
    }
    event.preventDefault();
    // older browsers show the dialog only when a value is returned
    event.returnValue = '';
    return '';
  });
}());
