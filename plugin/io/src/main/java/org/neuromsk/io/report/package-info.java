/**
 * Reports as pages a browser opens: {@link org.neuromsk.io.report.MarkdownPage} renders the Markdown
 * reports that the commands and the validation suites write (tables, figures by relative path) as an
 * HTML page beside each, through commonmark-java.
 */
package org.neuromsk.io.report;
