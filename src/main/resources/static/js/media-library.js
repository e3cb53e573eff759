// The media library's copy buttons: without JavaScript they stay hidden and the Markdown
// is selected and copied from its read-only field by hand.
document.querySelectorAll('.copy-markdown').forEach((button) => {
  const field = document.getElementById(button.dataset.target);
  if (!field || !navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(field.value).then(() => {
      button.textContent = button.dataset.copied || 'Copied';
    });
  });
});
