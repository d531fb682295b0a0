// The project form's live preview: the Preview button posts the HTML and sample values into the sandboxed frame on
// the task origin; here it is pressed when the page opens and again shortly after the HTML or a sample value
// changes. A placeholder typed into the HTML gets its sample field, so every ${name} can be given a value.
const form = document.getElementById("project-form");
const button = document.getElementById("preview-button");
const html = document.getElementById("Form_Html");
const samples = document.getElementById("sample-fields");
if (form && button && html && samples) {
  const placeholder = /\$\{([A-Za-z0-9_][A-Za-z0-9_.\- ]{0,63})\}/g;
  let timer = 0;

  const preview = () => form.requestSubmit(button);

  const addMissingSampleFields = () => {
    const present = new Set([...samples.querySelectorAll("input[data-placeholder]")].map((input) => input.dataset.placeholder));
    for (const match of html.value.matchAll(placeholder)) {
      const name = match[1];
      if (present.has(name)) {
        continue;
      }
      present.add(name);
      const field = document.createElement("div");
      field.className = "field sample";
      const label = document.createElement("label");
      label.htmlFor = "sample-" + name;
      label.textContent = name;
      const input = document.createElement("input");
      input.id = "sample-" + name;
      input.name = "Form.Sample[" + name + "]";
      input.dataset.placeholder = name;
      field.append(label, input);
      samples.append(field);
    }
  };

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      addMissingSampleFields();
      preview();
    }, 400);
  };

  html.addEventListener("input", soon);
  samples.addEventListener("input", soon);
  preview();
}
