package org.sightline.io;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML fragments of TimelineJS and vis-timeline into plain text: tags are removed (never
 * rendered), script and style content dropped, line-breaking tags become line breaks, entities are
 * decoded and runs of spaces collapse.
 */
public final class HtmlText {

    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)</?[a-zA-Z!][^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("deg", "°"), Map.entry("middot", "·"),
            Map.entry("bull", "•"), Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("aacute", "á"),
            Map.entry("agrave", "à"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("auml", "ä"),
            Map.entry("szlig", "ß"), Map.entry("ccedil", "ç"), Map.entry("ntilde", "ñ"), Map.entry("euro", "€"),
            Map.entry("pound", "£"), Map.entry("yen", "¥"), Map.entry("times", "×"), Map.entry("shy", ""));

    private HtmlText() {
    }

    /** Plain text of an HTML fragment; null stays null. Text without markup is returned trimmed. */
    public static String toPlainText(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return collapse(html);
        }
        String s = DROPPED.matcher(html).replaceAll(" ");
        s = COMMENT.matcher(s).replaceAll("");
        s = ITEM.matcher(s).replaceAll("\n• ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        return collapse(s);
    }

    /** True when the text contains a tag or an entity, i.e. converting it changes something. */
    public static boolean looksLikeHtml(String text) {
        return text != null && (TAG.matcher(text).find() || ENTITY.matcher(text).find());
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = null;
            if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                if (Character.isValidCodePoint(cp) && cp != 0 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    replacement = new String(Character.toChars(cp));
                }
            } else {
                replacement = NAMED.get(name);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : LINE_BREAK.split(s.replace('\u00a0', ' '))) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            if (!l.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
