// An upload's progress, as htmx reports the bytes of the file leaving the browser; once all are
// sent, the text says the platform is checking the file (large files take a while there too).
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('upload-progress');
  var text = document.getElementById('upload-progress-text');
  if (!bar || !text || !event.detail.lengthComputable) {
    return;
  }
  var percent = Math.round((event.detail.loaded / event.detail.total) * 100);
  bar.value = percent;
  text.textContent = text.dataset.sent.replace('{0}', percent);
});
