package org.broadsheet.content;

import java.util.Set;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Renders Markdown text exactly as flexmark's core renderer does (its characters
 * unescaped, line endings made {@code \n}, then HTML-escaped), without the unescaping and
 * line-ending passes when the text holds nothing for them: no backslash, no {@code &} and
 * no carriage return, which is nearly all text of a story. Those passes copied every text
 * node twice and ran a regular expression over it.
 */
final class PlainTextRenderer implements NodeRenderer {

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
	}

	private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
		BasedSequence chars = node.getChars();
		html.text(needsPasses(chars) ? Escaping.normalizeEOL(chars.unescape()) : chars.toString());
	}

	/** Whether unescaping or line-ending normalisation could change the text. */
	static boolean needsPasses(CharSequence chars) {
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			if (c == '\\' || c == '&' || c == '\r') {
				return true;
			}
		}
		return false;
	}

}
