// Publishing with progress: the publish form's file text is posted to the streaming handler, whose answer is one
// JSON object per line — {"done":n} while HITs are written, then {"batchId":…,"url":…} or {"problems":[…]}. The
// bar's max is the quoted HIT count, rendered with the page. Without script the form posts normally and the server
// redirects when it is done.
const form = document.getElementById("publish-form");
if (form) {
  const button = document.getElementById("publish-button");
  const bar = document.getElementById("publish-progress");
  const status = document.getElementById("publish-status");

  const show = (line) => {
    if (line.done !== undefined) {
      bar.value = line.done;
      status.textContent = `Published ${line.done} of ${bar.max} HITs…`;
    } else if (line.url) {
      status.textContent = "Published. Opening the batch…";
      window.location.assign(line.url);
    } else if (line.problems) {
      status.textContent = "Nothing was published: " + line.problems.join(" ");
      button.disabled = false;
    }
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    bar.hidden = false;
    status.textContent = "Publishing…";
    try {
      const response = await fetch(form.dataset.stream, { method: "POST", body: new FormData(form), credentials: "same-origin" });
      if (!response.ok || !response.body) {
        throw new Error(`the server answered ${response.status}`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        buffered += value;
        let end;
        while ((end = buffered.indexOf("\n")) >= 0) {
          const text = buffered.slice(0, end).trim();
          buffered = buffered.slice(end + 1);
          if (text) {
            show(JSON.parse(text));
          }
        }
      }
    } catch (error) {
      status.textContent = "Publishing failed: " + error.message + ". Nothing was published unless the batch list shows it.";
      button.disabled = false;
    }
  });
}
