package org.neuromsk.io.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;

/**
 * A Markdown report as an HTML page that a browser opens directly: GitHub-style tables, figures by
 * their relative paths (so the page sits beside the Markdown file and its PNG folder), links to
 * other reports' {@code .md} files turned into links to their {@code .html} pages. The page's title is
 * the report's first top-level heading. Raw HTML in the Markdown (e.g. {@code <details>}) is kept.
 */
public final class MarkdownPage {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    /** A relative link to a Markdown file, with an optional #fragment. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("^([^:/?#][^:?#]*)\\.md(#.*)?$");
    private static final String STYLE = "body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;"
            + "color:#222;line-height:1.45}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
            + "padding:3px 8px}th{background:#eee}"
            + "pre{background:#f6f6f6;padding:.6em;overflow-x:auto}code{font-size:90%}img{max-width:100%;margin:4px}";

    private MarkdownPage() {
    }

    /**
     * @param markdown a whole report in Markdown
     * @return the HTML page
     */
    public static String html(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(htmlDestination(link.getDestination()));
                visitChildren(link);
            }
        });
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(title(document)) + "</title>\n<style>" + STYLE + "</style></head><body>\n"
                + RENDERER.render(document) + "</body></html>\n";
    }

    /**
     * Writes {@code NAME.html} beside the report {@code NAME.md} (atomically; an existing page is replaced).
     *
     * @param markdownFile the report
     * @return the page written
     * @throws NeuroMskException if the report cannot be read or the page not written
     */
    public static Path writeBeside(Path markdownFile) {
        pageOf(markdownFile);
        String markdown;
        try {
            markdown = Files.readString(markdownFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NeuroMskException(markdownFile + ": file not found", e);
        } catch (IOException e) {
            throw new NeuroMskException(markdownFile + ": cannot read: " + e.getMessage(), e);
        }
        return writeBeside(markdownFile, markdown);
    }

    /**
     * Writes {@code NAME.html} for a report just written as {@code NAME.md}, from its text.
     *
     * @param markdownFile where the report was written
     * @param markdown its text
     * @return the page written
     */
    public static Path writeBeside(Path markdownFile, String markdown) {
        Path page = pageOf(markdownFile);
        String html = html(markdown);
        AtomicFiles.writeText(page, out -> out.write(html));
        return page;
    }

    /** @return {@code NAME.html} beside {@code NAME.md} */
    private static Path pageOf(Path markdownFile) {
        String name = markdownFile.getFileName().toString();
        if (!name.endsWith(".md")) {
            throw new NeuroMskException(markdownFile + ": not a Markdown report (expected a name ending in .md)");
        }
        return markdownFile.resolveSibling(name.substring(0, name.length() - 3) + ".html");
    }

    /** @return a relative {@code x.md} or {@code x.md#part} link as {@code x.html}…, anything else unchanged */
    static String htmlDestination(String destination) {
        Matcher m = MARKDOWN_LINK.matcher(destination);
        return m.matches() ? m.group(1) + ".html" + (m.group(2) == null ? "" : m.group(2)) : destination;
    }

    private static String title(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                return TEXT.render(heading).strip();
            }
        }
        return "NeuroMSK report";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
