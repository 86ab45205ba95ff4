// wagtail-localize's translation editor (a React app) labels its main action "Publish in …".
// For a user who may not publish, the server turns that action into "save and submit to the
// Moderators" (borgo/translation_editor.py) and gives the label in data-submit-label.
(() => {
  const editor = document.querySelector(".js-translation-editor[data-submit-label]");
  if (!editor) return;
  const label = editor.dataset.submitLabel;
  const relabel = () => {
    const button = editor.querySelector('button[name="action"][value="publish"]');
    const text = button && button.querySelector("em");
    if (text && text.textContent !== label) {
      text.textContent = label;
      button.dataset.wProgressActiveValue = label;
    }
  };
  new MutationObserver(relabel).observe(editor, { childList: true, subtree: true });
  relabel();
})();
