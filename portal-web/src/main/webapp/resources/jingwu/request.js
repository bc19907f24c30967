/* The request page's shortcut (Alt+N): the main move of the request's status; its first field, or its button. */
function jingwuNextStep() {
    var form = document.querySelector('form.main-move');
    if (!form) {
        return false;
    }
    var field = form.querySelector('textarea, input[type=text], select');
    if (field) {
        field.focus();
    } else {
        form.querySelector('button[type=submit]').click();
    }
    return false;
}
