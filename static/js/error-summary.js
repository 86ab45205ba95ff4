// A form came back with errors (templates/includes/error_summary.html): move the focus to their
// summary, so that a screen reader reads it first and Tab reaches its links to the fields.
document.getElementById("error-summary")?.focus();
