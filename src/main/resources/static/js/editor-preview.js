// Live side-by-side preview for the story editor: after typing stops, the form goes to
// the server, which answers with the story rendered exactly as readers will see it.
(function () {
  'use strict';
  var form = document.getElementById('story-form');
  var pane = form && form.querySelector('.live-preview');
  if (!form || !pane || !window.fetch || !window.FormData) {
    return;
  }
  var url = form.getAttribute('data-preview');
  var token = form.querySelector('input[name="_csrf"]');
  var match = /\/admin\/articles\/(\d+)\/edit/.exec(form.getAttribute('action') || '');
  var timer = null;
  var sent = 0;
  pane.hidden = false;
  form.classList.add('with-preview');

  function refresh() {
    var data = new FormData(form);
    data.delete('action');
    if (match) {
      data.append('id', match[1]);
    }
    var ticket = ++sent;
    var headers = { 'Accept': 'text/html' };
    if (token) {
      headers['X-CSRF-TOKEN'] = token.value;
    }
    fetch(url, { method: 'POST', body: new URLSearchParams(data), headers: headers, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) {
        if (ticket === sent && html) {
          pane.innerHTML = html;
        }
      })
      .catch(function () { /* the preview is optional: keep the last one */ });
  }

  form.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 400);
  });
  refresh();
}());
