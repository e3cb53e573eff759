package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The elements each finishing step works on, in document order, found in one walk before
 * any step runs. No step adds or removes an element another step works on, so this is
 * what each step would find by searching the body when its turn comes.
 */
record StoryElements(List<Element> classed, List<Element> alignedCells, List<Element> inputs, List<Element> links,
		List<Element> images, List<Element> headings, List<Element> tables) {

	static StoryElements of(Element body) {
		StoryElements parts = new StoryElements(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (Element el : body.getAllElements()) {
			parts.add(el);
		}
		return parts;
	}

	private void add(Element el) {
		if (el.hasAttr("class")) {
			this.classed.add(el);
		}
		switch (el.normalName()) {
			case "th", "td" -> {
				if (el.hasAttr("align")) {
					this.alignedCells.add(el);
				}
			}
			case "input" -> this.inputs.add(el);
			case "a" -> this.links.add(el);
			case "img" -> this.images.add(el);
			case "h1", "h2", "h3", "h4", "h5", "h6" -> this.headings.add(el);
			case "table" -> this.tables.add(el);
			default -> {
			}
		}
	}

}
