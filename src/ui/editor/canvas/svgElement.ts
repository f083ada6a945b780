/** Creating SVG elements with attributes (the DOM's createElementNS, shorter). */
const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string | number>> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  parent?.appendChild(element);
  return element;
}

/** A text element with its words. */
export function svgText(text: string, attributes: Readonly<Record<string, string | number>>, parent: Element): SVGTextElement {
  const element = svgElement('text', attributes, parent);
  element.textContent = text;
  return element;
}
