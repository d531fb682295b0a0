namespace Kempelen.TaskContent;

/// <summary>
/// Our own implementation of the two functions of MTurk's externalHIT_v1.js (mturk-compat §10.2), served on the
/// task origin at the well-known URL's path so HITs that load it work offline. Written from the documented
/// behaviour, not copied.
/// </summary>
public static class MTurkHelperScript
{
    public const string WellKnownUrl = "https://s3.amazonaws.com/mturk-public/externalHIT_v1.js";
    public const string Path = "/mturk-public/externalHIT_v1.js";
    public const string PreviewAssignmentId = "ASSIGNMENT_ID_NOT_AVAILABLE";

    public const string Source = """
        // Kempelen's implementation of turkGetParam and turkSetAssignmentID.
        function turkGetParam(name, defaultValue) {
          var value = new URLSearchParams(window.location.search).get(name);
          return value === null ? defaultValue : value;
        }

        function turkSetAssignmentID(formName) {
          var assignmentId = turkGetParam("assignmentId", "");
          var field = document.getElementById("assignmentId");
          if (field) {
            field.value = assignmentId;
          }
          if (assignmentId === "ASSIGNMENT_ID_NOT_AVAILABLE") {
            var button = document.getElementById("submitButton");
            if (button) {
              button.disabled = true;
              button.value = "You must accept this HIT before you can submit the results.";
            }
          }
          var form = document.getElementById(formName || "mturk_form");
          var submitTo = turkGetParam("turkSubmitTo", "");
          if (form && submitTo) {
            form.action = submitTo + "/mturk/externalSubmit";
          }
        }
        """;
}
