// A form came back with errors (templates/includes/error_summary.html): move the focus to their
// summary, so that a screen reader reads it first and Tab reaches its links to the fields.
{
  const summary = document.getElementById("error-summary");
  if (summary) {
    // A form that posts to an anchor (the enquiry form, to #enquiry) lands on it, and after
    // load the browser would move the focus to that anchor: the page keeps its address without.
    if (location.hash) history.replaceState(null, "", location.pathname + location.search);
    summary.focus();
  }
}
