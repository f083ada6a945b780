/**
 * The teacher guide in the page: the same Markdown `npm run teacher-guide` writes to
 * docs/teacher-guide.md (levels/campaign/teacherGuideText.ts), from the levels this page loaded, shown
 * as headings, lists and paragraphs. Only the few Markdown forms the guide uses are read, and all of
 * it goes in as text (never HTML): emphasis marks and link targets are dropped, link words kept.
 * A paragraph's lines (the file wraps them) are one paragraph, as Markdown reads them.
 */
function plain(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|`/g, '');
}

export function renderGuide(container: HTMLElement, markdown: string): void {
  const parts: HTMLElement[] = [];
  let list: HTMLUListElement | null = null;
  let paragraph: HTMLParagraphElement | null = null;
  /** The paragraph's Markdown so far (a link may wrap across lines). */
  let paragraphText = '';
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const item = /^(\s*)- (.*)$/.exec(line);
    if (line.startsWith('<!--') || line.trim() === '') { list = null; paragraph = null; continue; }
    if (!heading && !item) {
      list = null;
      if (paragraph !== null) {
        paragraphText += ` ${line.trim()}`;
        paragraph.textContent = plain(paragraphText);
        continue;
      }
    } else {
      paragraph = null;
    }
    if (heading) {
      list = null;
      parts.push(Object.assign(document.createElement(`h${heading[1].length + 1}` as 'h2'), { textContent: plain(heading[2]) }));
    } else if (item) {
      if (list === null) { list = document.createElement('ul'); parts.push(list); }
      const li = document.createElement('li');
      li.textContent = plain(item[2]);
      if (item[1].length > 0) li.className = 'guide-sub';
      list.append(li);
    } else {
      paragraphText = line.trim();
      paragraph = Object.assign(document.createElement('p'), { textContent: plain(paragraphText) });
      parts.push(paragraph);
    }
  }
  container.replaceChildren(...parts);
}
