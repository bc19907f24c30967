/*
 * The workbench session's clock. The server ends a session after its idle timeout without a request of the
 * clerk's own (what a page sends by itself, such as the queue's poll, does not count) or at its longest lifetime,
 * and every answer says how long the session has left (header Workbench-Session-Remaining, in milliseconds). The
 * page counts down from the latest answer: it warns shortly before the end (the warning's button is a request of
 * the clerk's own, which starts the time afresh), then ends the session itself and goes to the sign-in page.
 * PrimeFaces announces only global ajax requests (the default): a request with global="false" leaves the clock as
 * it is.
 */
var jingwuSession = (function () {
    var warnBefore = 60000;
    var warnTimer = null;
    var endTimer = null;

    function schedule(remaining) {
        var warning = PF('idleWarning');
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        if (remaining > warnBefore) {
            warning.hide();
            warnTimer = setTimeout(function () {
                warning.show();
            }, remaining - warnBefore);
        } else {
            warning.show();
        }
        endTimer = setTimeout(function () {
            jingwuSignOutIdle();
        }, remaining);
    }

    return {
        /** Starts the clock with the time left as the page was rendered. */
        start: function (remaining, warnBeforeMillis) {
            warnBefore = warnBeforeMillis;
            $(document).on('pfAjaxComplete', function (event, xhr) {
                var left = xhr && xhr.getResponseHeader ? xhr.getResponseHeader('Workbench-Session-Remaining') : null;
                if (left) {
                    schedule(parseInt(left, 10));
                }
            });
            schedule(remaining);
        }
    };
}());
