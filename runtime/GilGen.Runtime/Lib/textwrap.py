"""GilGen's textwrap: wrapping and filling paragraphs, shortening, dedenting and indenting text.

Written for GilGen from the module's documented behaviour (CPython 3.12). Words are found with the re module:
a chunk is a run of whitespace or a word, and with break_on_hyphens a word also ends after a hyphen that stands
between letters, or before an em-dash (two or more hyphens) that follows a word.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The characters wrapping treats as whitespace: ASCII's, not str.isspace's (a no-break space stays in its word).
_whitespace = '\t\n\x0b\x0c\r '


def _chunk_patterns():
    """The two chunk-splitting patterns: (with hyphen breaks, whitespace only)."""
    ws = '[' + re.escape(_whitespace) + ']'
    not_ws = '[^' + re.escape(_whitespace) + ']'
    letter = r'[^\d\W]'
    word_punct = r'[\w!"\'&.,?]'
    hyphen_break = (r'-(?:(?<=' + letter + '{2}-)|(?<=' + letter + '-' + letter + '-))'
                     r'(?=' + letter + '-?' + letter + ')')
    word_end = r'(?=' + ws + r'|\Z)'
    before_dash = r'(?<=' + word_punct + r')(?=-{2,}\w)'
    chunk = ('(' + ws + '+'
             + '|(?<=' + word_punct + r')-{2,}(?=\w)'
             + '|' + not_ws + '+?(?:' + hyphen_break + '|' + word_end + '|' + before_dash + ')'
             + ')')
    return re.compile(chunk), re.compile('(' + ws + '+)')


class TextWrapper:
    """Wraps text to lines of at most `width` characters; the attributes are the constructor's keywords."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re, wordsep_simple_re = _chunk_patterns()
    # A sentence ends in a lowercase letter, then '.', '!' or '?', then maybe a quote.
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Tabs expanded and every other whitespace character made a space, as the options ask."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The text's chunks: its words and its runs of whitespace, in order, none empty."""
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after each sentence's end two spaces, in place."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts as much of a word longer than a line on the current line as fits (after a hyphen if one fits)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                # A hyphen counts only after something other than hyphens.
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Unbroken, the word takes a line of its own, however long.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """The lines that the chunks make, indents included."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()  # so that the next chunk is popped from the end
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace does not begin a line, but the first line keeps the text's own leading whitespace.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if self._line_fits(lines, chunks, cur_len, width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._end_with_placeholder(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _line_fits(self, lines, chunks, cur_len, width):
        """Whether the line is kept whole: no line limit, not the last line allowed, or all the text is used."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_nothing = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
        return rest_is_nothing and cur_len <= width

    def _end_with_placeholder(self, lines, cur_line, cur_len, indent, width):
        """Ends the text at max_lines: the placeholder after the last word that leaves room for it."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The text's paragraph as a list of lines, none longer than width (but for unbreakable words)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """wrap(text)'s lines joined with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """TextWrapper(width=width, **kwargs).wrap(text)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """TextWrapper(width=width, **kwargs).fill(text)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """The text with its whitespace collapsed, cut to fit width with a placeholder at the end if it does not."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


_whitespace_only_line = re.compile('^[ \t]+$', re.MULTILINE)
_line_indent = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def _common_prefix(a, b):
    """The longest string that both a and b begin with."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def dedent(text):
    """The text without the whitespace that all its non-blank lines begin with; blank lines become empty.

    Tabs and spaces are different characters here: '  hello' and '\\thello' have no common margin.
    """
    text = _whitespace_only_line.sub('', text)
    margin = None
    for line_indent in _line_indent.findall(text):
        margin = line_indent if margin is None else _common_prefix(margin, line_indent)
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text


def _not_blank(line):
    return not line.isspace()


def indent(text, prefix, predicate=None):
    """The text with prefix added at the start of each line for which predicate(line) is true (the default:
    lines that are not all whitespace). Lines keep their line endings."""
    if predicate is None:
        predicate = _not_blank
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
