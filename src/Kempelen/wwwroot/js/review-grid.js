// The review grid: a "select all on this page" box over the row checkboxes. Without this module the box stays
// hidden and each row is chosen on its own.
const all = document.getElementById("select-page");
const form = document.getElementById("review-form");
if (all && form) {
  const rows = () => [...form.querySelectorAll("input[type=checkbox][name=Selected]")];
  const sync = () => {
    const boxes = rows();
    const checked = boxes.filter((box) => box.checked).length;
    all.checked = checked > 0 && checked === boxes.length;
    all.indeterminate = checked > 0 && checked < boxes.length;
  };
  all.hidden = false;
  all.addEventListener("change", () => {
    rows().forEach((box) => { box.checked = all.checked; });
  });
  form.addEventListener("change", (event) => {
    if (event.target !== all) {
      sync();
    }
  });
  sync();
}
