// The work page and the qualification test page: a countdown to the deadline; on the work page, moving on when
// the task frame says its work was submitted.
// The frame is sandboxed, so its origin is opaque ("null"): the message is trusted only for coming from our own
// frame's window, and it only triggers a POST whose outcome the server decides from the assignment's state.
const frame = document.getElementById("task-frame");
const proceed = document.getElementById("continue-form");
if (frame && proceed) {
  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow || !event.data || event.data.type !== "kempelen:submitted") {
      return;
    }
    const acceptNext = document.getElementById("accept-next");
    proceed.querySelector("input[name=acceptNext]").value = acceptNext && acceptNext.checked ? "true" : "false";
    proceed.submit();
  });
}

const clock = document.getElementById("time-left");
if (clock) {
  let seconds = Number(clock.dataset.seconds);
  const show = () => {
    const s = Math.max(0, seconds);
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    clock.textContent = (h > 0 ? h + ":" + String(m).padStart(2, "0") : String(m)) + ":" + String(r).padStart(2, "0");
  };
  show();
  setInterval(() => { seconds -= 1; show(); }, 1000);
}
