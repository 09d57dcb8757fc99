// Generated: templates rendered by LiquidJS 10.27.1 configured as Segment's mapping kit
// configures it (render limit 500 ms, parse limit 1000, memory limit 1e8, the same disabled
// tags and filters), with TZ=UTC. Each case is the output or the error message LiquidJS
// gave. Regenerate with the script described in DifferentialTests.swift.
let differentialFixture = #"""
{
 "input": {
  "properties": {
   "name": "SpongeBob",
   "world": "Earth",
   "price": 19.99,
   "qty": 3,
   "tags": [
    "a",
    "b",
    "c"
   ],
   "empty": "",
   "blank": "  ",
   "zero": 0,
   "no": false,
   "yes": true,
   "nothing": null,
   "products": [
    {
     "name": "Hat",
     "price": 10,
     "tags": [
      "x"
     ]
    },
    {
     "name": "Shoe",
     "price": 25.5,
     "on_sale": true
    },
    {
     "name": "Sock",
     "price": 2,
     "on_sale": false
    }
   ],
   "html": "<p class=\"x\">Hi & bye</p>",
   "ts": "2024-01-15T10:30:45.123Z",
   "date": "2024-03-05",
   "epoch": 1705314645,
   "nested": {
    "a": {
     "b": {
      "c": "deep"
     }
    }
   },
   "size": "L",
   "count": 5,
   "unicode": "héllo wörld ß",
   "emoji": "a😀b",
   "numstr": "42",
   "floatstr": "3.7",
   "mixed": [
    1,
    "2",
    null,
    3.5,
    true
   ],
   "obj": {
    "b": 1,
    "1": "one",
    "a": [
     1,
     2
    ]
   },
   "matrix": [
    [
     1,
     2
    ],
    [
     3,
     4
    ]
   ],
   "neg": -7.5,
   "big": 12345678901,
   "text": "The quick brown fox jumps over the lazy dog",
   "multi": "line one\nline two\r\nline three",
   "spaces": "  padded  ",
   "csv": "a,b,,c,,",
   "entities": "&lt;b&gt; &amp; &#39;q&#39; &quot;"
  },
  "traits": {
   "email": "Sponge@Bob.com",
   "first_name": "sponge",
   "last_name": "bob",
   "age": 30,
   "first": "F",
   "last": "L"
  },
  "userId": "user-123",
  "event": "Order Completed",
  "type": "track",
  "context": {
   "ip": "1.2.3.4"
  },
  "count": 2,
  "list": [
   3,
   1,
   2
  ]
 },
 "cases": [
  {
   "template": "plain text",
   "expect": "plain text"
  },
  {
   "template": "",
   "expect": ""
  },
  {
   "template": "{{ properties.name }}",
   "expect": "SpongeBob"
  },
  {
   "template": "Hi {{ properties.nested.a.b.c }}!",
   "expect": "Hi deep!"
  },
  {
   "template": "{{ properties.missing }}|{{ missing.deep.path }}",
   "expect": "|"
  },
  {
   "template": "{{ 1 }} {{ -3 }} {{ 1.50 }} {{ 3.0 }} {{ 0.1 }} {{ 1e3 }} {{ 007 }} {{ +5 }} {{ 1. }} {{ .5 }}",
   "expect": "1 -3 1.5 3 0.1  7 5 1 "
  },
  {
   "template": "{{ 'single' }} {{ \"double\" }} {{ 'it''s' }} {{ \"a\\\"b\" }} {{ 'tab\\tx' }} {{ 'u\\u0041' }} {{ 'oct\\101' }}",
   "expect": "single double it a\"b tab\tx uA octA"
  },
  {
   "template": "{{ true }} {{ false }} {{ nil }} {{ null }} {{ empty }} {{ blank }}",
   "expect": "true false    "
  },
  {
   "template": "{{ properties.tags }} {{ properties.products }} {{ properties.obj }} {{ properties.matrix }} {{ properties.mixed }}",
   "expect": "abc [object Object][object Object][object Object] [object Object] 1234 123.5true"
  },
  {
   "template": "{{ properties.tags[0] }} {{ properties.tags[-1] }} {{ properties.tags[5] }} {{ properties.tags['1'] }} {{ properties.tags[1.5] }}",
   "expect": "a c  b "
  },
  {
   "template": "{{ properties.tags.size }} {{ properties.tags.first }} {{ properties.tags.last }} {{ properties.name.size }} {{ properties.obj.size }} {{ properties.size }}",
   "expect": "3 a c 9 3 L"
  },
  {
   "template": "{{ properties.name.first }} {{ properties.name[0] }} {{ properties.name.length }} {{ properties.tags.length }} {{ size }} {{ first }}",
   "expect": " S 9 3 0 "
  },
  {
   "template": "{{ traits.first }} {{ traits.last }} {{ properties['name'] }} {{ properties[\"world\"] }} {{ ['properties'].name }}",
   "expect": "F L SpongeBob Earth SpongeBob"
  },
  {
   "template": "{{ properties.products[1].name }} {{ properties.products.last.price }} {{ properties.products[0].tags[0] }}",
   "expect": "Shoe 2 x"
  },
  {
   "template": "{{ properties.matrix[1][0] }} {{ properties.matrix.last.first }} {{ properties.obj.a[1] }} {{ properties.obj[1] }} {{ properties.obj['1'] }}",
   "expect": "3 3 2 one one"
  },
  {
   "template": "{{ list[count] }} {{ properties.tags[count] }} {{ properties.tags[properties.zero] }}",
   "expect": "2 c a"
  },
  {
   "template": "{{ (1..5) }} {{ (3..1) }} {{ (1..properties.qty) }} {{ ('1'..'3') }} {{ (1.5..3) }} {{ (1..3).size }} {{ (1..3).last }}",
   "expect": "12345  123 123 1.52.53.5 3 3"
  },
  {
   "template": "{{ \"abc\".size }} {{ 'abc'.first }} {{ nil.size }} {{ empty.size }} {{ true.size }} {{ 5.size }}",
   "expect": "3     "
  },
  {
   "template": "{{ properties.emoji.size }} {{ properties.unicode.size }} {{ properties.emoji[1] }}",
   "expect": "4 13 �"
  },
  {
   "template": "{{ a b }} {{ properties.name properties.world }}",
   "expect": " SpongeBob"
  },
  {
   "template": "{{ 5-3 }} {{ a-b }} {{ 1abc }}",
   "expect": "  "
  },
  {
   "template": "{{ userId }} {{ event }} {{ type }} {{ context.ip }}",
   "expect": "user-123 Order Completed track 1.2.3.4"
  },
  {
   "template": "{{properties.name}}{{-properties.world-}}",
   "expect": "SpongeBobEarth"
  },
  {
   "template": "{{ properties . name }}",
   "expect": "[object Object]"
  },
  {
   "template": "{{ properties.big }} {{ properties.neg }} {{ properties.price }}",
   "expect": "12345678901 -7.5 19.99"
  },
  {
   "template": "{{ 'x' | upcase | | downcase }}",
   "expectError": "expected filter name, line:1, col:19"
  },
  {
   "template": "{{ properties.name | }}",
   "expect": "SpongeBob"
  },
  {
   "template": "{% if properties.yes %}y{% endif %}{% if properties.no %}n{% endif %}{% if properties.zero %}z{% endif %}{% if properties.empty %}e{% endif %}{% if properties.nothing %}N{% endif %}{% if properties.missing %}M{% endif %}",
   "expect": "yze"
  },
  {
   "template": "{% if properties.qty > 2 %}gt{% endif %}{% if properties.qty >= 3 %}ge{% endif %}{% if properties.qty < 3 %}lt{% endif %}{% if properties.qty <= 3 %}le{% endif %}{% if properties.qty == 3 %}eq{% endif %}{% if properties.qty != 3 %}ne{% endif %}",
   "expect": "gtgeleeq"
  },
  {
   "template": "{% if properties.numstr == 42 %}a{% endif %}{% if properties.numstr > 41 %}b{% endif %}{% if 'abc' < 'abd' %}c{% endif %}{% if 'B' < 'a' %}d{% endif %}{% if nil < 1 %}e{% endif %}{% if properties.missing < 1 %}f{% endif %}",
   "expect": "bcd"
  },
  {
   "template": "{% if properties.tags contains 'b' %}a{% endif %}{% if properties.name contains 'Bob' %}b{% endif %}{% if properties.name contains 'bob' %}c{% endif %}{% if properties.obj contains 'b' %}d{% endif %}{% if properties.mixed contains 1 %}e{% endif %}{% if properties.mixed contains '1' %}f{% endif %}{% if 'a1' contains 1 %}g{% endif %}",
   "expect": "abeg"
  },
  {
   "template": "{% if true and false %}a{% endif %}{% if true or false %}b{% endif %}{% if false or true and false %}c{% endif %}{% if true and false or true %}d{% endif %}{% if false and false or true %}e{% endif %}",
   "expect": "bd"
  },
  {
   "template": "{% if not properties.no %}a{% endif %}{% if not properties.yes %}b{% endif %}",
   "expect": "a"
  },
  {
   "template": "{% if properties.empty == empty %}a{% endif %}{% if properties.tags == empty %}b{% endif %}{% if properties.blank == blank %}c{% endif %}{% if properties.nothing == nil %}d{% endif %}{% if properties.missing == nil %}e{% endif %}{% if empty == properties.empty %}f{% endif %}{% if properties.no == blank %}g{% endif %}{% if properties.obj == empty %}h{% endif %}",
   "expect": "acdefg"
  },
  {
   "template": "{% if properties.tags == properties.tags %}a{% endif %}{% if properties.products[0] == properties.products[0] %}b{% endif %}{% if 1 == 1.0 %}c{% endif %}{% if '1' == 1 %}d{% endif %}{% if nil == null %}e{% endif %}{% if empty == blank %}f{% endif %}",
   "expect": "abce"
  },
  {
   "template": "{% if properties.name == 'SpongeBob' %}A{% elsif properties.name == 'x' %}B{% else %}C{% endif %}|{% if false %}A{% elsif true %}B{% else %}C{% endif %}|{% if false %}A{% elsif false %}B{% else %}C{% endif %}",
   "expect": "A|B|C"
  },
  {
   "template": "{% unless properties.yes %}a{% endunless %}{% unless properties.no %}b{% endunless %}{% unless true %}c{% else %}d{% endunless %}{% unless true %}c{% elsif true %}e{% endunless %}",
   "expect": "bde"
  },
  {
   "template": "{% unless false %}a{% else %}b{% else %}c{% endunless %}|{% unless true %}a{% else %}b{% else %}c{% endunless %}|{% unless true %}a{% else %}b{% elsif true %}c{% endunless %}",
   "expect": "a|b|b"
  },
  {
   "template": "{% if properties.name | upcase == 'X' %}a{% endif %}",
   "expectError": "expected \":\" after filter name, line:1, col:32"
  },
  {
   "template": "{% if properties.name | size %}a{% endif %}",
   "expect": "a"
  },
  {
   "template": "{% if %}x{% endif %}",
   "expectError": "invalid value expression: \"\", line:1, col:6"
  },
  {
   "template": "{% if a %}x",
   "expectError": "tag {% if a %} not closed, line:1, col:1"
  },
  {
   "template": "{% if a %}x{% else %}y{% else %}z{% endif %}",
   "expectError": "duplicated else, line:1, col:1"
  },
  {
   "template": "{% if a %}x{% else %}y{% elsif b %}z{% endif %}",
   "expectError": "unexpected elsif after else, line:1, col:1"
  },
  {
   "template": "{% if a %}x{% else junk %}y{% endif %}",
   "expectError": "unexpected \"junk\", line:1, col:1"
  },
  {
   "template": "{% if a %}x{% endif junk %}",
   "expectError": "unexpected \"junk\", line:1, col:1"
  },
  {
   "template": "{% if a = b %}x{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:10"
  },
  {
   "template": "{% if a == %}x{% endif %}",
   "expect": "x"
  },
  {
   "template": "{% if (1..3) contains 2 %}r{% endif %}{% if 2 > 10 %}n{% endif %}{% if '2' > '10' %}s{% endif %}",
   "expect": "rs"
  },
  {
   "template": "{% if properties.tags > 1 %}a{% endif %}{% if properties.mixed == properties.mixed %}b{% endif %}",
   "expect": "b"
  },
  {
   "template": "{% assign x = properties.name | upcase %}{{ x }}",
   "expect": "SPONGEBOB"
  },
  {
   "template": "{% assign x = 1 %}{% assign x = x | plus: 1 %}{{ x }}",
   "expect": "2"
  },
  {
   "template": "{% assign properties = 'shadow' %}{{ properties }}|{{ properties.name }}",
   "expect": "shadow|"
  },
  {
   "template": "{% assign x-y = 'dash' %}{{ x-y }}",
   "expect": "dash"
  },
  {
   "template": "{% assign %}",
   "expectError": "expected variable name, line:1, col:10"
  },
  {
   "template": "{% assign x %}",
   "expectError": "expected \"=\", line:1, col:12"
  },
  {
   "template": "{% assign x 'y' %}",
   "expectError": "expected \"=\", line:1, col:13"
  },
  {
   "template": "{% assign x = %}",
   "expectError": "invalid value expression: \"\", line:1, col:14"
  },
  {
   "template": "{% assign x = 1 | %}{{x}}",
   "expect": "1"
  },
  {
   "template": "{% capture c %}Hi {{ properties.name }}{% endcapture %}{{ c }}|{{ c.size }}",
   "expect": "Hi SpongeBob|12"
  },
  {
   "template": "{% capture 'q' %}quoted{% endcapture %}{{ q }}",
   "expect": "quoted"
  },
  {
   "template": "{% capture %}x{% endcapture %}",
   "expectError": "invalid capture name, line:1, col:11"
  },
  {
   "template": "{% capture c %}never closed",
   "expectError": "tag {% capture c %} not closed, line:1, col:1"
  },
  {
   "template": "{% capture c %}{% if true %}a{% endif %}b{% endcapture %}[{{ c }}]",
   "expect": "[ab]"
  },
  {
   "template": "{% echo properties.name | downcase %} {% echo %} {% echo 'x' %}",
   "expect": "spongebob  x"
  },
  {
   "template": "{% liquid\nassign a = properties.qty | times: 2\nif a > 5\necho 'big'\nelse\necho 'small'\nendif\necho a\n%}",
   "expect": "big6"
  },
  {
   "template": "{% liquid echo 'one' %}",
   "expect": "one"
  },
  {
   "template": "{% liquid\n# a comment\necho 'x'\n%}",
   "expect": "x"
  },
  {
   "template": "{% liquid\ncomment\necho 'hidden'\nendcomment\necho 'shown'\n%}",
   "expect": "shown"
  },
  {
   "template": "{% liquid\nif true\necho 'x'\n%}",
   "expectError": "tag if true\n not closed, line:2, col:1"
  },
  {
   "template": "{% liquid\nfor x in y\nendfor\n%}",
   "expectError": "tag \"for\" is disabled, line:2, col:1"
  },
  {
   "template": "{% liquid\n\n  \n echo 'blank lines' \n\n%}",
   "expect": "blank lines"
  },
  {
   "template": "a{% comment %}{{ properties.name }}{% for %}{% endcomment %}b",
   "expect": "ab"
  },
  {
   "template": "a{% comment %}unclosed",
   "expectError": "tag {% comment %} not closed, line:1, col:2"
  },
  {
   "template": "{% # inline comment %}x",
   "expect": "x"
  },
  {
   "template": "{%# inline %}x",
   "expect": "x"
  },
  {
   "template": "{% # line1\n # line2 %}ok",
   "expect": "ok"
  },
  {
   "template": "{% # line1\n line2 %}bad",
   "expectError": "every line of an inline comment must start with a '#' character, line:1, col:1"
  },
  {
   "template": "{% raw %}{{ properties.name }}{% if %}{% endraw %}",
   "expect": "{{ properties.name }}{% if %}"
  },
  {
   "template": "{% raw %}a{% endraw %}{% raw %}b{% endraw %}",
   "expect": "ab"
  },
  {
   "template": "{% raw %}x",
   "expectError": "raw \"{% raw %}x\" not closed, line:1, col:10"
  },
  {
   "template": "{%- raw -%}  {{x}}  {%- endraw -%}  !",
   "expectError": "raw \"{%- raw -%}  {{x}}  {%- endra...\" not closed, line:1, col:12"
  },
  {
   "template": "{% raw %}{% endraw %}",
   "expect": ""
  },
  {
   "template": "{% raw %}a {%- endraw %}b",
   "expectError": "raw \"{% raw %}a {%- endraw %}b\" not closed, line:1, col:10"
  },
  {
   "template": "{% raw %}{{ a }} {% endraw x %}c",
   "expect": "{{ a }} c"
  },
  {
   "template": "{% increment n %}{% increment n %}{% increment n %}|{{ n }}",
   "expect": "012|3"
  },
  {
   "template": "{% decrement d %}{% decrement d %}|{{ d }}",
   "expect": "-1-2|-2"
  },
  {
   "template": "{% increment count %}{% increment count %}{{ count }}",
   "expect": "234"
  },
  {
   "template": "{% assign n = 10 %}{% increment n %}{% increment n %}{{ n }}",
   "expect": "0110"
  },
  {
   "template": "{% increment %}{% increment %}",
   "expect": "01"
  },
  {
   "template": "{% decrement properties %}",
   "expect": "-1"
  },
  {
   "template": "{% cycle 'a', 'b', 'c' %}{% cycle 'a', 'b', 'c' %}{% cycle 'a', 'b', 'c' %}{% cycle 'a', 'b', 'c' %}",
   "expect": "abca"
  },
  {
   "template": "{% cycle 'a', 'b' %}{% cycle 'x', 'y' %}{% cycle 'x', 'y', 'z' %}",
   "expect": "ayx"
  },
  {
   "template": "{% cycle 'g1': 'a', 'b' %}{% cycle 'g2': 'a', 'b' %}{% cycle 'g1': 'a', 'b' %}",
   "expect": "aab"
  },
  {
   "template": "{% cycle 0, 1 %}{% cycle 0, 1 %}{% cycle false, true %}{% cycle '', 'e' %}",
   "expect": "1e"
  },
  {
   "template": "{% cycle %}",
   "expectError": "empty candidates: \"{% cycle %}\", line:1, col:9"
  },
  {
   "template": "{% cycle 'a' 'b' %}{% cycle 'a' 'b' %}",
   "expect": "ab"
  },
  {
   "template": "a{% break %}b",
   "expect": "a"
  },
  {
   "template": "{% if true %}a{% break %}b{% endif %}c",
   "expect": "a"
  },
  {
   "template": "a{% continue %}b",
   "expect": "a"
  },
  {
   "template": "{% capture c %}x{% break %}y{% endcapture %}[{{c}}]z",
   "expect": ""
  },
  {
   "template": "{% block %}in block {{ block.super }}|{{ block }}{% endblock %}",
   "expect": "in block |[object Object]"
  },
  {
   "template": "{% block name %}x",
   "expectError": "tag {% block name %} not closed, line:1, col:1"
  },
  {
   "template": "{% for x in y %}{% endfor %}",
   "expectError": "tag \"for\" is disabled, line:1, col:1"
  },
  {
   "template": "{% case x %}{% when 1 %}{% endcase %}",
   "expectError": "tag \"case\" is disabled, line:1, col:1"
  },
  {
   "template": "{% include 'x' %}",
   "expectError": "tag \"include\" is disabled, line:1, col:1"
  },
  {
   "template": "{% render 'x' %}",
   "expectError": "tag \"render\" is disabled, line:1, col:1"
  },
  {
   "template": "{% layout 'x' %}",
   "expectError": "tag \"layout\" is disabled, line:1, col:1"
  },
  {
   "template": "{% tablerow x in y %}{% endtablerow %}",
   "expectError": "tag \"tablerow\" is disabled, line:1, col:1"
  },
  {
   "template": "{% endif %}",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "{% else %}",
   "expectError": "tag \"else\" not found, line:1, col:1"
  },
  {
   "template": "{% foo %}",
   "expectError": "tag \"foo\" not found, line:1, col:1"
  },
  {
   "template": "{% %}",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:4"
  },
  {
   "template": "{%%}",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:3"
  },
  {
   "template": "{%}",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:3"
  },
  {
   "template": "{% 123 %}",
   "expectError": "tag \"123\" not found, line:1, col:1"
  },
  {
   "template": "{{ }}",
   "expectError": "invalid value expression: \"\", line:1, col:4"
  },
  {
   "template": "{{}}",
   "expectError": "invalid value expression: \"\", line:1, col:3"
  },
  {
   "template": "{{-}}",
   "expectError": "invalid value expression: \"\", line:1, col:4"
  },
  {
   "template": "{{ properties.name",
   "expectError": "output \"{{ properties.name\" not closed, line:1, col:1"
  },
  {
   "template": "{% if",
   "expectError": "tag \"{% if\" not closed, line:1, col:1"
  },
  {
   "template": "x {{ 'a' }",
   "expectError": "output \"{{ 'a' }\" not closed, line:1, col:3"
  },
  {
   "template": "{{ 'a }}' }}",
   "expect": "a }}"
  },
  {
   "template": "{{ '}}",
   "expectError": "output \"{{ '}}\" not closed, line:1, col:1"
  },
  {
   "template": "{% assign x = '%}' %}{{x}}",
   "expect": "' %}"
  },
  {
   "template": "line1\nline2 {% bogus %}",
   "expectError": "tag \"bogus\" not found, line:2, col:7"
  },
  {
   "template": "a\n\n  b {{ x | }} ",
   "expect": "a\n\n  b  "
  },
  {
   "template": "{{ properties.name | append }}",
   "expectError": "append expect 2 arguments, line:1, col:1"
  },
  {
   "template": "\n\n   {% for %}",
   "expectError": "tag \"for\" is disabled, line:3, col:4"
  },
  {
   "template": "{{ a[0 }}",
   "expectError": "[ not closed, line:1, col:7"
  },
  {
   "template": "{{ a[ }}",
   "expectError": "[ not closed, line:1, col:6"
  },
  {
   "template": "{{ (1..) }}",
   "expectError": "unexpected token \")\", value expected, line:1, col:8"
  },
  {
   "template": "{{ (1 2) }}",
   "expectError": "invalid range syntax, line:1, col:8"
  },
  {
   "template": "{{ (1..2 }}",
   "expectError": "invalid range syntax, line:1, col:10"
  },
  {
   "template": "{{ x | f: 1 2 }}",
   "expectError": "unexpected character \"2\", line:1, col:13"
  },
  {
   "template": "{{ x | f 1 }}",
   "expectError": "expected \":\" after filter name, line:1, col:10"
  },
  {
   "template": "{{ x | f: a: }}",
   "expect": ""
  },
  {
   "template": "{{ x y | upcase }}",
   "expect": ""
  },
  {
   "template": "a  {{- properties.name -}}  b",
   "expect": "aSpongeBobb"
  },
  {
   "template": "a \n {%- if true -%} \n b \n {%- endif -%} \n c",
   "expect": "abc"
  },
  {
   "template": "  {{- 'x' }}  ",
   "expect": "x  "
  },
  {
   "template": "{{ 'x' -}}\n\n  y",
   "expect": "xy"
  },
  {
   "template": "a {%- assign x = 1 %} b",
   "expect": "a b"
  },
  {
   "template": "a {{- 'x' -}} b",
   "expect": "axb"
  },
  {
   "template": "a\t\r\n{{- 'x' }}",
   "expect": "ax"
  },
  {
   "template": "{{- 'a' -}}{{- 'b' -}}",
   "expect": "ab"
  },
  {
   "template": "x {%- comment -%} c {%- endcomment -%} y",
   "expect": "xy"
  },
  {
   "template": "{% if true %}\n  yes\n{% endif %}",
   "expect": "\n  yes\n"
  },
  {
   "template": "{%- if true -%}\n  yes\n{%- endif -%}",
   "expect": "yes"
  },
  {
   "template": "a {{- -}} b",
   "expectError": "invalid value expression: \"\", line:1, col:7"
  },
  {
   "template": "a {%- -%} b",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:7"
  },
  {
   "template": "{{ 'abc' | append: 'def' }} {{ 1 | append: 2 }} {{ nil | append: 'x' }} {{ properties.tags | append: '!' }} {{ 'a' | append: nil }} {{ 'a' | append: false }}",
   "expect": "abcdef 12 x abc! a afalse"
  },
  {
   "template": "{{ 'a' | append: 'b', 'c' }}",
   "expectError": "append expect 2 arguments, line:1, col:1"
  },
  {
   "template": "{{ 'abc' | prepend: 'x' }} {{ 'abc' | prepend: properties.qty }}",
   "expect": "xabc 3abc"
  },
  {
   "template": "{{ properties.name | upcase }} {{ properties.name | downcase }} {{ properties.unicode | upcase }} {{ 'İ' | downcase }} {{ nil | upcase }} {{ 5 | upcase }}",
   "expect": "SPONGEBOB spongebob HÉLLO WÖRLD SS i̇  5"
  },
  {
   "template": "{{ 'hello WORLD' | capitalize }} {{ ' lead' | capitalize }} {{ '' | capitalize }} {{ 'ßa' | capitalize }} {{ 'éa' | capitalize }} {{ properties.tags | capitalize }}",
   "expect": "Hello world  lead  SSa Éa Abc"
  },
  {
   "template": "[{{ properties.spaces | strip }}] [{{ properties.spaces | lstrip }}] [{{ properties.spaces | rstrip }}] [{{ ' x ' | strip }}]",
   "expect": "[padded] [padded  ] [  padded] [x]"
  },
  {
   "template": "[{{ 'xxaxx' | strip: 'x' }}] [{{ 'xyaxy' | lstrip: 'xy' }}] [{{ 'xyaxy' | rstrip: 'yx' }}] [{{ 'aaa' | strip: 'a' }}] [{{ ' a ' | strip: '' }}] [{{ 'a0' | strip: 0 }}]",
   "expect": "[a] [axy] [xya] [] [a] [a0]"
  },
  {
   "template": "{{ properties.html | strip_html }} {{ '<script>alert(1)</script>ok<style>x</style><!-- c -->!' | strip_html }} {{ 'a < b' | strip_html }} {{ 'a <b> <c' | strip_html }} {{ '<scripty>x</scripty>' | strip_html }}",
   "expect": "Hi & bye ok! a < b a  <c x"
  },
  {
   "template": "[{{ properties.multi | strip_newlines }}] [{{ 'a\rb' | strip_newlines }}]",
   "expect": "[line oneline twoline three] [a\rb]"
  },
  {
   "template": "{{ 'a.b.c' | replace: '.', '-' }} {{ 'aaa' | replace: 'a', 'bb' }} {{ 'abc' | replace: '', '-' }} {{ 'abc' | replace: 'b' }} {{ 'a$&b' | replace: 'b', '$&' }} {{ 5 | replace: 5, 6 }}",
   "expect": "a-b-c bbbbbb a-b-c ac a$&$& 6"
  },
  {
   "template": "{{ 'a.b.c' | replace_first: '.', '-' }} {{ 'a.b.c' | replace_last: '.', '-' }} {{ 'abc' | replace_first: '', '-' }} {{ 'abc' | replace_last: '', '-' }} {{ 'a$1b' | replace_first: 'b', '$&$1' }}",
   "expect": "a-b.c a.b-c -abc abc- a$1$&$1"
  },
  {
   "template": "{{ 'a.b.c' | remove: '.' }} {{ 'a.b.c' | remove_first: '.' }} {{ 'a.b.c' | remove_last: '.' }} {{ 'abc' | remove: '' }} {{ 'abc' | remove_last: '' }} {{ 'abc' | remove: 'z' }}",
   "expect": "abc ab.c a.bc abc abc abc"
  },
  {
   "template": "{{ properties.csv | split: ',' | size }} {{ properties.csv | split: ',' | join: '|' }} {{ 'abc' | split: '' | join: '-' }} {{ 'abc' | split | join: '-' }} {{ '' | split: ',' | size }} {{ ',,' | split: ',' | size }} {{ 'a b' | split: ' ' | last }}",
   "expect": "4 a|b||c a-b-c a-b-c 0 0 b"
  },
  {
   "template": "{{ properties.text | truncate: 10 }} {{ properties.text | truncate: 10, '' }} {{ properties.text | truncate: 2 }} {{ properties.text | truncate: 0 }} {{ 'short' | truncate: 10 }} {{ properties.text | truncate }} {{ properties.text | truncate: '12' }} {{ 12345 | truncate: 3 }} {{ properties.text | truncate: 10, nil }}",
   "expect": "The qui... The quick  ... ... short The quick brown fox jumps over the lazy dog The quick... ... The quick "
  },
  {
   "template": "{{ properties.text | truncatewords: 3 }} {{ properties.text | truncatewords: 3, '--' }} {{ 'a b c' | truncatewords: 3 }} {{ 'a b' | truncatewords: 3 }} {{ properties.text | truncatewords: 0 }} {{ properties.text | truncatewords: -2 }} {{ '  a  b  c ' | truncatewords: 2 }} {{ properties.text | truncatewords }} {{ properties.text | truncatewords: 'x' }}",
   "expect": "The quick brown... The quick brown-- a b c... a b The... The...  a... The quick brown fox jumps over the lazy dog "
  },
  {
   "template": "{{ '  a \n b\t c  ' | normalize_whitespace }}",
   "expect": " a b c "
  },
  {
   "template": "{{ properties.text | number_of_words }} {{ '  ' | number_of_words }} {{ '你好 hello 世界' | number_of_words }} {{ '你好 hello 世界' | number_of_words: 'cjk' }} {{ '你好 hello 世界' | number_of_words: 'auto' }} {{ 'a b' | number_of_words: 'auto' }}",
   "expect": "9 0 3 5 5 2"
  },
  {
   "template": "{{ properties.emoji | truncate: 3, '' }} {{ properties.emoji | slice: 1, 2 }} {{ properties.emoji | size }}",
   "expect": "a😀 😀 4"
  },
  {
   "template": "{{ 10 | divided_by: 4 }} {{ 10 | divided_by: 4, true }} {{ 10 | divided_by: 0 }} {{ -10 | divided_by: 0 }} {{ 0 | divided_by: 0 }} {{ 10 | divided_by: 3 }} {{ 10 | divided_by }}",
   "expect": "2.5 2 Infinity -Infinity NaN 3.3333333333333335 NaN"
  },
  {
   "template": "{{ 1 | plus: 2 }} {{ '1' | plus: '2' }} {{ 1.1 | plus: 2.2 }} {{ 0.1 | plus: 0.2 }} {{ 'a' | plus: 1 }} {{ nil | plus: 1 }} {{ 5 | plus }} {{ 5 | plus: nothing }} {{ true | plus: 1 }} {{ properties.tags | plus: 1 }} {{ '0x10' | plus: 0 }} {{ ' 12 ' | plus: 0 }} {{ '1e3' | plus: 0 }}",
   "expect": "3 3 3.3000000000000003 0.30000000000000004 1 1 NaN 5 2 1 16 12 1000"
  },
  {
   "template": "{{ 5 | minus: 7 }} {{ 3 | times: 1.5 }} {{ 1e20 | times: 100 }} {{ 1e21 | plus: 0 }} {{ 0.000001 | plus: 0 }} {{ 0.0000001 | plus: 0 }} {{ 123456789012345680000 | plus: 0 }} {{ -0.0 | plus: 0 }} {{ 0 | minus: 0 | times: -1 }}",
   "expect": "-2 4.5 0 0 0.000001 1e-7 123456789012345680000 0 0"
  },
  {
   "template": "{{ 7 | modulo: 3 }} {{ -7 | modulo: 3 }} {{ 7 | modulo: -3 }} {{ 7.5 | modulo: 2 }} {{ 7 | modulo: 0 }}",
   "expect": "1 2 -2 1.5 NaN"
  },
  {
   "template": "{{ 4.5 | round }} {{ -4.5 | round }} {{ 2.5 | round }} {{ 1.005 | round: 2 }} {{ 4.567 | round: 2 }} {{ 1234 | round: -2 }} {{ 'x' | round }} {{ 1.15 | round: 1 }}",
   "expect": "5 -5 3 1.01 4.57 1200 0 1.2"
  },
  {
   "template": "{{ 4.1 | ceil }} {{ -4.1 | ceil }} {{ 4.9 | floor }} {{ -4.1 | floor }} {{ '3.7' | floor }} {{ -3 | abs }} {{ '-3.5' | abs }} {{ nil | abs }}",
   "expect": "5 -4 4 -5 3 3 3.5 0"
  },
  {
   "template": "{{ 5 | at_least: 7 }} {{ 5 | at_least: 3 }} {{ 5 | at_most: 3 }} {{ 5 | at_most: 7 }} {{ 5 | at_least }} {{ 5 | at_least: 'x' }} {{ 5 | at_most: 1, 2 }}",
   "expect": "7 5 3 5 5 5 1"
  },
  {
   "template": "{{ properties.price | times: properties.qty }} {{ properties.price | times: 100 | round }} {{ properties.floatstr | times: 2 }}",
   "expect": "59.97 1999 7.4"
  },
  {
   "template": "{{ properties.html | escape }} {{ properties.entities | escape_once }} {{ '<a>' | xml_escape }} {{ \"'\" | escape }} {{ nil | escape }}",
   "expect": "&lt;p class=&#34;x&#34;&gt;Hi &amp; bye&lt;/p&gt; &lt;b&gt; &amp; &#39;q&#39; &amp;quot; &lt;a&gt; &#39; "
  },
  {
   "template": "{{ 'a b&c=d/é?' | url_encode }} {{ 'a+b%20c%C3%A9' | url_decode }} {{ \"!'()*\" | url_encode }} {{ \"a b!'()*\" | cgi_escape }} {{ 'http://x.com/a b?q=[1]&r=é#f' | uri_escape }}",
   "expect": "a+b%26c%3Dd%2F%C3%A9%3F a b cé !'()* a+b%21%27%28%29%2A http://x.com/a%20b?q=[1]&r=%C3%A9#f"
  },
  {
   "template": "{{ '%E0%A4%A' | url_decode }}",
   "expectError": "URI malformed, line:1, col:1"
  },
  {
   "template": "{{ '%' | url_decode }}",
   "expectError": "URI malformed, line:1, col:1"
  },
  {
   "template": "{{ '%C0%80' | url_decode }}",
   "expectError": "URI malformed, line:1, col:1"
  },
  {
   "template": "{{ '%zz' | url_decode }}",
   "expectError": "URI malformed, line:1, col:1"
  },
  {
   "template": "{{ 'Hello World! é' | slugify }} {{ 'Hello World!' | slugify: 'pretty' }} {{ 'Héllo_Wörld' | slugify: 'ascii' }} {{ 'Héllo Wörld' | slugify: 'latin' }} {{ 'a  b' | slugify: 'raw' }} {{ 'A B' | slugify: 'none' }} {{ 'A B' | slugify: 'default', true }} {{ '--a--' | slugify }}",
   "expect": "hello-world-é hello-world! h-llo-w-rld hello-world a-b a b A-B a"
  },
  {
   "template": "{{ 'hello' | base64_encode }} {{ 'héllo 😀' | base64_encode }} {{ '' | base64_encode }} {{ 'aGVsbG8=' | base64_decode }} {{ 'aGVsbG8' | base64_decode }} {{ 'aGV sbG8=' | base64_decode }} {{ '8J-YgA' | base64_decode }} {{ '!!aGk' | base64_decode }}",
   "expect": "aGVsbG8= aMOpbGxvIPCfmIA=  hello hello hello 😀 hi"
  },
  {
   "template": "{{ 'hello' | sha256 }} {{ '' | sha256 }} {{ properties.email | downcase | sha256 }} {{ 'msg' | hmac_sha256: 'key' }} {{ 'msg' | hmac_sha256 }} {{ 5 | sha256 }}",
   "expect": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628 5f576a8d68fe4fb7eb823227246353c0870c3b0e878997341db1226b4bd88d61 ef2d127de37b942baad06145e54b0c619a1f22327b2ebbcfbec78f5564afe39d"
  },
  {
   "template": "{{ traits.email | downcase | strip | sha256 }}",
   "expect": "cc6c959d188f14256f10934268259b06057653a7e671dc40d94b8845c879735c"
  },
  {
   "template": "{{ properties.tags | join: ', ' }} {{ properties.tags | join }} {{ properties.tags | join: nil }} {{ properties.mixed | join: '-' }} {{ properties.matrix | join: ';' }} {{ properties.products | join: ',' }} {{ 'abc' | join: '-' }} {{ nil | join: ',' }}",
   "expect": "a, b, c a b c a b c 1-2--3.5-true 1,2;3,4 [object Object],[object Object],[object Object] abc "
  },
  {
   "template": "{{ properties.tags | first }} {{ properties.tags | last }} {{ 'abc' | first }} {{ 'abc' | last }} {{ '' | first }} {{ 5 | first }} {{ properties.obj | first }} {{ nil | last }}",
   "expect": "a c a c    "
  },
  {
   "template": "{{ properties.tags | size }} {{ 'abcd' | size }} {{ properties.obj | size }} {{ nil | size }} {{ 5 | size }} {{ '' | size }}",
   "expect": "3 4 0 0 0 0"
  },
  {
   "template": "{{ properties.mixed | compact | join: ',' }} {{ properties.tags | push: 'd' | join: ',' }} {{ properties.tags | unshift: 'z' | join: ',' }} {{ properties.tags | pop | join: ',' }} {{ properties.tags | shift | join: ',' }} {{ 'x' | push: 'y' | join: ',' }} {{ nil | push: 1 | size }}",
   "expect": "1,2,3.5,true a,b,c,d z,a,b,c a,b b,c x,y 1"
  },
  {
   "template": "{{ properties.tags | slice: 1 }} {{ properties.tags | slice: 1, 2 | join: ',' }} {{ properties.tags | slice: -2, 2 | join: ',' }} {{ 'abcdef' | slice: 2, 3 }} {{ 'abcdef' | slice: -3 }} {{ 'abcdef' | slice: '1', 2 }} {{ 'abcdef' | slice: 10 }} {{ nil | slice: 0 }} {{ 'abcdef' | slice: -10, 3 }}",
   "expect": "b b,c b,c cde d bcdef   cde"
  },
  {
   "template": "{{ properties.products | where: 'on_sale' | size }} {{ properties.products | where: 'on_sale', true | first | map: 'name' }} {{ properties.products | where: 'price', 10 | first | json }} {{ properties.products | where: 'name', 'Sock' | size }} {{ properties.products | where: 'tags[0]', 'x' | size }} {{ properties.products | where: 'on_sale', false | size }}",
   "expectError": "filter \"map\" is disabled, line:1, col:53"
  },
  {
   "template": "{% assign sale = properties.products | where: 'on_sale' %}{{ sale.first.name }}",
   "expect": "Shoe"
  },
  {
   "template": "{{ properties.products | where: 'missing' | size }} {{ properties.tags | where: 'size' | size }} {{ properties.products | where: '' | size }}",
   "expect": "0 3 0"
  },
  {
   "template": "{{ properties.list | sum }} {{ list | sum }} {{ properties.products | sum: 'price' }} {{ properties.mixed | sum }} {{ nil | sum }}",
   "expect": "0 6 37.5 7.5 0"
  },
  {
   "template": "{{ properties.products | map: 'name' }}",
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ list | sort }}",
   "expectError": "filter \"sort\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ list | reverse }}",
   "expectError": "filter \"reverse\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ list | uniq }}",
   "expectError": "filter \"uniq\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ list | concat: list }}",
   "expectError": "filter \"concat\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ properties.products | where_exp: 'p', 'p.price > 5' }}",
   "expectError": "filter \"where_exp\" is disabled, line:1, col:1"
  },
  {
   "template": "{% if false %}{{ list | sort }}{% endif %}ok",
   "expect": "ok"
  },
  {
   "template": "{{ list | sort: 'x', 1 }}",
   "expectError": "filter \"sort\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ list | type }}",
   "expectError": "filter \"type\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ list | unknown_filter | join: ',' }} {{ 'x' | nope: 1, 2 }}",
   "expect": "3,1,2 x"
  },
  {
   "template": "{{ properties.missing | default: 'd' }} {{ properties.empty | default: 'd' }} {{ properties.zero | default: 'd' }} {{ properties.no | default: 'd' }} {{ properties.no | default: 'd', allow_false: true }} {{ properties.nothing | default: 'd' }} {{ empty | default: 'd' }} {{ properties.tags | default: 'd' }} {{ '' | default }}",
   "expect": "d d 0 d false d d abc "
  },
  {
   "template": "{{ properties.no | default: 'd', allow_false: false }} {{ properties.no | default: 'd', 'x' }}",
   "expectError": "Iterator value x is not an entry object, line:1, col:56"
  },
  {
   "template": "{{ properties.no | default: 'd', 3 }}",
   "expectError": "Iterator value 3 is not an entry object, line:1, col:1"
  },
  {
   "template": "{{ properties.obj | json }} {{ properties.obj | json: 2 }} {{ properties.tags | json: '\t' }} {{ properties.name | json }} {{ nil | json }} {{ missing | json }} {{ 1.50 | json }} {{ properties.mixed | jsonify }} {{ properties.multi | json }} {{ empty | json }}",
   "expect": "{\"1\":\"one\",\"b\":1,\"a\":[1,2]} {\n  \"1\": \"one\",\n  \"b\": 1,\n  \"a\": [\n    1,\n    2\n  ]\n} [\n\t\"a\",\n\t\"b\",\n\t\"c\"\n] \"SpongeBob\" {}  1.5 [1,\"2\",null,3.5,true] \"line one\\nline two\\r\\nline three\" {}"
  },
  {
   "template": "{{ properties | json }}",
   "expect": "{\"name\":\"SpongeBob\",\"world\":\"Earth\",\"price\":19.99,\"qty\":3,\"tags\":[\"a\",\"b\",\"c\"],\"empty\":\"\",\"blank\":\"  \",\"zero\":0,\"no\":false,\"yes\":true,\"nothing\":null,\"products\":[{\"name\":\"Hat\",\"price\":10,\"tags\":[\"x\"]},{\"name\":\"Shoe\",\"price\":25.5,\"on_sale\":true},{\"name\":\"Sock\",\"price\":2,\"on_sale\":false}],\"html\":\"<p class=\\\"x\\\">Hi & bye</p>\",\"ts\":\"2024-01-15T10:30:45.123Z\",\"date\":\"2024-03-05\",\"epoch\":1705314645,\"nested\":{\"a\":{\"b\":{\"c\":\"deep\"}}},\"size\":\"L\",\"count\":5,\"unicode\":\"héllo wörld ß\",\"emoji\":\"a😀b\",\"numstr\":\"42\",\"floatstr\":\"3.7\",\"mixed\":[1,\"2\",null,3.5,true],\"obj\":{\"1\":\"one\",\"b\":1,\"a\":[1,2]},\"matrix\":[[1,2],[3,4]],\"neg\":-7.5,\"big\":12345678901,\"text\":\"The quick brown fox jumps over the lazy dog\",\"multi\":\"line one\\nline two\\r\\nline three\",\"spaces\":\"  padded  \",\"csv\":\"a,b,,c,,\",\"entities\":\"&lt;b&gt; &amp; &#39;q&#39; &quot;\"}"
  },
  {
   "template": "{{ properties.products | inspect }} {{ properties.obj | inspect: 1 }}",
   "expect": "[{\"name\":\"Hat\",\"price\":10,\"tags\":[\"x\"]},{\"name\":\"Shoe\",\"price\":25.5,\"on_sale\":true},{\"name\":\"Sock\",\"price\":2,\"on_sale\":false}] {\n \"1\": \"one\",\n \"b\": 1,\n \"a\": [\n  1,\n  2\n ]\n}"
  },
  {
   "template": "{{ '3.7' | to_integer }} {{ 'x' | to_integer }} {{ nil | to_integer }} {{ true | to_integer }}",
   "expect": "3.7 NaN 0 1"
  },
  {
   "template": "{{ properties.name | raw }}",
   "expect": "SpongeBob"
  },
  {
   "template": "{{ properties.ts | date: '%Y-%m-%d %H:%M:%S.%L' }}",
   "expect": "2024-01-15 10:30:45.123"
  },
  {
   "template": "{{ properties.ts | date: '%a %A %b %B %c' }}",
   "expect": "Mon Monday Jan January 1/15/2024, 10:30:45 AM"
  },
  {
   "template": "{{ properties.ts | date: '%C %d %e %H %I %j %k %l %m %M %p %P %S %s %u %w %y %Y %z %:z %Z %%' }}",
   "expect": "20 15 15 10 10 015 10 10 01 30 AM am 45 1705314645 1 1 24 2024 +0000 +00:00 UTC %"
  },
  {
   "template": "{{ properties.ts | date: '%U %W %x %X %q %N %3N %6N %t|%n|' }}",
   "expect": "02 02 1/15/2024 10:30:45 AM th 123000000 123 123000 \t|\n|"
  },
  {
   "template": "{{ properties.ts | date: '%-d %-m %_m %05d %^a %#b %#P %10A %-I' }}",
   "expect": "15 1  1 00015 MON JAN AM     Monday 10"
  },
  {
   "template": "{{ properties.ts | date }}",
   "expect": "Monday, January 15, 2024 at 10:30 am +0000"
  },
  {
   "template": "{{ properties.date | date: '%Y-%m-%d %H:%M' }}",
   "expect": "2024-03-05 00:00"
  },
  {
   "template": "{{ properties.epoch | date: '%Y-%m-%d %H:%M:%S' }}",
   "expect": "2024-01-15 10:30:45"
  },
  {
   "template": "{{ '1705314645' | date: '%F %Y' }}",
   "expect": "%F 2024"
  },
  {
   "template": "{{ properties.ts | date: '%Y-%m-%d %H:%M %z', 360 }}",
   "expect": "2024-01-15 04:30 -0600"
  },
  {
   "template": "{{ properties.ts | date: '%Y-%m-%d %H:%M %z %Z', -330 }}",
   "expect": "2024-01-15 16:00 +0530 +0530"
  },
  {
   "template": "{{ properties.ts | date: '%Y-%m-%d %H:%M %z %Z', 'America/New_York' }}",
   "expect": "2024-01-15 05:30 -0500 America/New_York"
  },
  {
   "template": "{{ properties.ts | date: '%H:%M %Z', 'Asia/Kolkata' }}",
   "expect": "16:00 Asia/Kolkata"
  },
  {
   "template": "{{ properties.ts | date: '%H', 'Not/AZone' }}",
   "expectError": "Invalid time zone specified: Not/AZone, line:1, col:1"
  },
  {
   "template": "{{ 'not a date' | date: '%Y' }} {{ nil | date: '%Y' }} {{ '' | date: '%Y' }} {{ properties.ts | date: '' }}|",
   "expect": "not a date   |"
  },
  {
   "template": "{{ '2024-01-15 10:30:00' | date: '%Y-%m-%d %H:%M' }} {{ '2024-01-15T10:30:00+05:30' | date: '%Y-%m-%d %H:%M' }} {{ '2024-01-15T10:30:00' | date: '%H:%M' }} {{ '2024-01' | date: '%Y-%m-%d' }} {{ '2024' | date: '%Y' }}",
   "expect": "2024-01-15 10:30 2024-01-15 05:00 10:30 2024-01-01 1970"
  },
  {
   "template": "{{ 'Mon, 15 Jan 2024 10:30:00 GMT' | date: '%Y-%m-%d %H:%M' }} {{ 'January 15, 2024' | date: '%Y-%m-%d' }} {{ 'Jan 15 2024 10:30:00 GMT+0200' | date: '%Y-%m-%d %H:%M' }} {{ '2024/01/15' | date: '%Y-%m-%d' }} {{ '01/15/2024' | date: '%Y-%m-%d' }} {{ '15 Jan 2024' | date: '%d %b' }}",
   "expect": "2024-01-15 10:30 2024-01-15 2024-01-15 08:30 2024-01-15 2024-01-15 15 Jan"
  },
  {
   "template": "{{ '2024-02-30' | date: '%Y-%m-%d' }} {{ '2024-13-01' | date: '%Y' }} {{ '2024-01-15T25:00:00Z' | date: '%Y' }} {{ '2024-01-15T24:00:00Z' | date: '%Y-%m-%d %H' }} {{ '+002024-01-15' | date: '%Y' }} {{ '2024-01-15T10:30:00.123456Z' | date: '%L' }}",
   "expect": "2024-03-01 2024-13-01 2024-01-15T25:00:00Z 2024-01-16 00 2024 123"
  },
  {
   "template": "{{ properties.ts | date_to_xmlschema }} {{ properties.ts | date_to_rfc822 }} {{ properties.ts | date_to_string }} {{ properties.ts | date_to_long_string }} {{ properties.ts | date_to_string: 'ordinal' }} {{ properties.ts | date_to_long_string: 'ordinal', 'US' }}",
   "expect": "2024-01-15T10:30:45+00:00 Mon, 15 Jan 2024 10:30:45 +0000 15 Jan 2024 15 January 2024 15th Jan 2024 January 15th, 2024"
  },
  {
   "template": "{{ '2024-01-01' | date: '%U %W %j %a' }} {{ '2023-12-31' | date: '%U %W %j %a' }} {{ '2024-12-31' | date: '%U %W %j' }} {{ '2021-01-03' | date: '%U %W' }}",
   "expect": "00 00 001 Mon 52 52 365 Sun 52 52 366 01 01"
  },
  {
   "template": "{{ 0 | date: '%Y-%m-%d %H:%M:%S' }} {{ -86400 | date: '%Y-%m-%d' }} {{ 1.5 | date: '%S %L' }} {{ true | date: '%Y %L' }}",
   "expect": "1970-01-01 00:00:00 1969-12-31 01 500 1970 001"
  },
  {
   "template": "{{ '2024-01-15T10:30:00Z' | date: '%I %l %p', 0 }} {{ '2024-01-15T00:05:00Z' | date: '%I %l %P %k' }} {{ '2024-01-15T12:05:00Z' | date: '%I %l %p' }} {{ '2024-01-15T23:05:00Z' | date: '%I %l %p' }}",
   "expect": "10 10 AM 12 12 am  0 12 12 PM 11 11 PM"
  },
  {
   "template": "{{ properties.ts | date: '%Q %E %O %Ey %Od %5 %' }}",
   "expect": "%Q %E %O 24 15 %5 %"
  },
  {
   "template": "{{ properties.ts | date: '%999999999d' }}",
   "expectError": "memory alloc limit exceeded, line:1, col:1"
  },
  {
   "template": "{% assign a = 'xxxxxxxxxx' %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{{ a | size }}",
   "expect": "80"
  },
  {
   "template": "{{ (1..100000000) | size }}",
   "expect": "100000000"
  },
  {
   "template": "{{ (1..1000000) | size }}",
   "expect": "1000000"
  },
  {
   "template": "{{ (1..5000000) | size }}",
   "expect": "5000000"
  },
  {
   "template": "{{ 'x' | truncate: 1e100 }}",
   "expect": "x"
  },
  {
   "template": "{{ 'abc' | slice: 1e100 }}",
   "expect": ""
  },
  {
   "template": "{% assign a = 'x' %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{% assign a = a | append: a %}{{ a | size }}",
   "expectError": "memory alloc limit exceeded, line:1, col:771"
  },
  {
   "template": "{% if ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1..2)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) %}x{% endif %}",
   "expectError": "invalid range syntax, line:1, col:73"
  },
  {
   "template": "{{ a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[0]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }}",
   "expect": ""
  },
  {
   "template": "{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}{% if true %}deep{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}{% endif %}",
   "expect": "deep"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123+02:00' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 08:30:45.123 +0000"
  },
  {
   "template": "{{ '2024-01-15T10:30:45-0500' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 15:30:45.000 +0000"
  },
  {
   "template": "{{ '2024-01-15T10:30' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 10:30:00.000 +0000"
  },
  {
   "template": "{{ '2024-01-15t10:30:45z' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 10:30:45.000 +0000"
  },
  {
   "template": "{{ '2024-01-15 10:30:45Z' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 10:30:45.000 +0000"
  },
  {
   "template": "{{ '2024-1-5' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-05 00:00:00.000 +0000"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.1Z' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 10:30:45.100 +0000"
  },
  {
   "template": "{{ 'Jan 15, 2024' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 00:00:00.000 +0000"
  },
  {
   "template": "{{ '15 January 2024 10:30' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 10:30:00.000 +0000"
  },
  {
   "template": "{{ 'Monday, January 15, 2024' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 00:00:00.000 +0000"
  },
  {
   "template": "{{ 'Mon Jan 15 2024 10:30:45 GMT+0000 (Coordinated Universal Time)' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 10:30:45.000 +0000"
  },
  {
   "template": "{{ 'Mon, 15 Jan 2024 10:30:45 +0100' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 09:30:45.000 +0000"
  },
  {
   "template": "{{ '2024/1/15 10:30' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 10:30:00.000 +0000"
  },
  {
   "template": "{{ '1/15/2024 10:30 PM' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 22:30:00.000 +0000"
  },
  {
   "template": "{{ '1/15/24' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 00:00:00.000 +0000"
  },
  {
   "template": "{{ '12/31/1999 11:59:59 pm' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "1999-12-31 23:59:59.000 +0000"
  },
  {
   "template": "{{ 'Tue Jan 16 2024' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-16 00:00:00.000 +0000"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123456789Z' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 10:30:45.123 +0000"
  },
  {
   "template": "{{ '20240115' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "1970-08-23 06:15:15.000 +0000"
  },
  {
   "template": "{{ '1705314645000' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "56009-04-09 00:30:00.000 +0000"
  },
  {
   "template": "{{ '1705314645.5' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "1705314645.5"
  },
  {
   "template": "{{ '2024-06-15T12:00:00Z' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-06-15 12:00:00.000 +0000"
  },
  {
   "template": "{{ '1999-12-31T23:59:59.999Z' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "1999-12-31 23:59:59.999 +0000"
  },
  {
   "template": "{{ '0001-01-01' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "1-01-01 00:00:00.000 +0000"
  },
  {
   "template": "{{ '-000001-01-01' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "-1-01-01 00:00:00.000 +0000"
  },
  {
   "template": "{{ '2024-02-29' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-02-29 00:00:00.000 +0000"
  },
  {
   "template": "{{ '2023-02-29' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2023-03-01 00:00:00.000 +0000"
  },
  {
   "template": "{{ '2024-04-31' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-05-01 00:00:00.000 +0000"
  },
  {
   "template": "{{ 'Sun' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "Sun"
  },
  {
   "template": "{{ '10:30' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "10:30"
  },
  {
   "template": "{{ '2024-01-15T10:30:45+24:00' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15T10:30:45+24:00"
  },
  {
   "template": "{{ '2024-01-15T10:30:45+23:59' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-14 10:31:45.000 +0000"
  },
  {
   "template": "{{ 'June 2024' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-06-01 00:00:00.000 +0000"
  },
  {
   "template": "{{ '2024 June 5' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-06-05 00:00:00.000 +0000"
  },
  {
   "template": "{{ '5 June' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2001-06-05 00:00:00.000 +0000"
  },
  {
   "template": "{{ '2024-01-15T10:30:45 Z' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15T10:30:45 Z"
  },
  {
   "template": "{{ '2024-01-15T10:30:45 +0200' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15T10:30:45 +0200"
  },
  {
   "template": "{{ '  2024-01-15  ' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 00:00:00.000 +0000"
  },
  {
   "template": "{{ 'Jan 15 2024 3pm' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "Jan 15 2024 3pm"
  },
  {
   "template": "{{ 'Jan 15 2024 3:05 am' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 03:05:00.000 +0000"
  },
  {
   "template": "{{ 'December 25, 2024 UTC' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-12-25 00:00:00.000 +0000"
  },
  {
   "template": "{{ '2024.01.15' | date: '%Y-%m-%d %H:%M:%S.%L %z' }}",
   "expect": "2024-01-15 00:00:00.000 +0000"
  },
  {
   "template": "{{ properties.ts | date: '%s' }}",
   "expect": "1705314645"
  },
  {
   "template": "{{ properties.ts | date: '%Y', 'UTC' }} {{ properties.ts | date: '%H %Z', 'Europe/London' }} {{ '2024-07-15T10:00:00Z' | date: '%H %z %Z', 'Europe/Paris' }}",
   "expect": "2024 10 Europe/London 12 +0200 Europe/Paris"
  },
  {
   "template": "{{ properties.ts | date: '%H %z', '+05:30' }}",
   "expectError": "Invalid time zone specified: +05:30, line:1, col:1"
  },
  {
   "template": "{{ properties.ts | date: '%H %z', 90.5 }}",
   "expect": "09 -0130.5"
  },
  {
   "template": "{{ properties.ts | date: '%H %z', '360' }}",
   "expectError": "Invalid time zone specified: 360, line:1, col:1"
  },
  {
   "template": "{{ properties.ts | date: '%H %z', nil }}",
   "expect": "10 +0000"
  },
  {
   "template": "{{ properties.ts | date: '%H %z', true }}",
   "expect": "10 -0001"
  },
  {
   "template": "{{ properties.ts | date: 5 }}",
   "expect": "5"
  },
  {
   "template": "{{ properties.ts | date: nil }}",
   "expect": "Monday, January 15, 2024 at 10:30 am +0000"
  },
  {
   "template": "{{ properties.ts | date: '%Y', -480 }}",
   "expect": "2024"
  },
  {
   "template": "{{ 'now' | date: '%Y' | size }}",
   "expect": "4"
  },
  {
   "template": "{{ 'today' | date: '%Y' | size }}",
   "expect": "4"
  },
  {
   "template": "{{ properties.epoch | date: '%s' }} {{ properties.ts | date: '%s', 60 }}",
   "expect": "1705314645 1705311045"
  },
  {
   "template": "{{ 1e20 | date: '%Y' }}",
   "expect": ""
  },
  {
   "template": "{{ -1e13 | date: '%Y-%m-%d' }}",
   "expect": ""
  },
  {
   "template": "{{ properties.tags | date: '%Y' }}",
   "expect": "abc"
  },
  {
   "template": "{{ properties.obj | date: '%Y' }}",
   "expect": "[object Object]"
  },
  {
   "template": "{{ '2024-01-15' | date: '%e|%k|%l|%-e|%_d|%0e|%3d|%-3d' }}",
   "expect": "15| 0|12|15|15|15|015|15"
  },
  {
   "template": "{{ '2024-01-15T03:04:05Z' | date: '%^B %^p %#p %#A %:z %::z %C' }}",
   "expect": "JANUARY AM am MONDAY +00:00 +00:00 20"
  },
  {
   "template": "{{ 0.1 | times: 3 }} {{ 1 | divided_by: 3 }} {{ 2 | divided_by: 3 | times: 3 }} {{ 1e-7 | plus: 0 }} {{ 123e-20 | plus: 0 }} {{ 1.7976931348623157e308 | times: 10 }} {{ 5e-324 | plus: 0 }}",
   "expect": "0.30000000000000004 0.3333333333333333 2 0 0 0 0"
  },
  {
   "template": "{{ 9007199254740993 }} {{ 9007199254740993 | plus: 0 }} {{ 100000000000000000000 | plus: 0 }} {{ 1000000000000000000000 | plus: 0 }} {{ 0.5e1 }} {{ -0 }} {{ -0.0 }} {{ 1.0e2 }}",
   "expect": "9007199254740992 9007199254740992 100000000000000000000 1e+21  0 0 "
  },
  {
   "template": "{{ properties.big | times: 1000000 }} {{ properties.big | divided_by: 7 }} {{ 2 | times: 0.1 }} {{ 3 | times: 1.1 }}",
   "expect": "12345678901000000 1763668414.4285715 0.2 3.3000000000000003"
  },
  {
   "template": "{{ '12abc' | plus: 1 }} {{ '' | plus: 1 }} {{ '  ' | plus: 1 }} {{ '0b101' | plus: 0 }} {{ '0o17' | plus: 0 }} {{ '-0x10' | plus: 0 }} {{ 'Infinity' | plus: 0 }} {{ '-Infinity' | times: 1 }} {{ '.5' | plus: 0 }} {{ '5.' | plus: 0 }} {{ '1e' | plus: 0 }} {{ '+1.5e+2' | plus: 0 }}",
   "expect": "1 1 1 5 15 0 Infinity -Infinity 0.5 5 0 150"
  },
  {
   "template": "{{ properties.mixed | plus: 0 }} {{ properties.tags | plus: 0 }} {{ properties.obj | plus: 0 }} {{ empty | plus: 1 }} {{ nil | times: 2 }}",
   "expect": "0 0 0 1 0"
  },
  {
   "template": "{{ 10 | divided_by: 4, false }} {{ 10 | divided_by: 4, 0 }} {{ 10 | divided_by: 4, 'x' }} {{ -10 | divided_by: 4, true }} {{ 10.5 | divided_by: 2, true }}",
   "expect": "2.5 2.5 2.5 -3 5"
  },
  {
   "template": "{{ 5 | plus: x: 1 }} {{ 5 | at_least: x: 9 }} {{ 'abc' | truncate: n: 2 }}",
   "expect": "5 5 ..."
  },
  {
   "template": "{% if '10' < '9' %}a{% endif %}{% if 10 < '9' %}b{% endif %}{% if nil == false %}c{% endif %}{% if nil != false %}d{% endif %}{% if blank == false %}e{% endif %}{% if false == blank %}f{% endif %}{% if '' == blank %}g{% endif %}{% if ' ' == empty %}h{% endif %}{% if properties.tags != empty %}i{% endif %}",
   "expect": "adefgi"
  },
  {
   "template": "{% if properties.mixed contains nil %}a{% endif %}{% if properties.mixed contains true %}b{% endif %}{% if 'null' contains nil %}c{% endif %}{% if 'abc' contains '' %}d{% endif %}{% if properties.tags contains properties.tags[0] %}e{% endif %}{% if 5 contains 5 %}f{% endif %}{% if nil contains nil %}g{% endif %}",
   "expect": "abcde"
  },
  {
   "template": "{% if empty > 0 %}a{% endif %}{% if nil >= nil %}b{% endif %}{% if 1 > nil %}c{% endif %}{% if properties.missing == properties.alsomissing %}d{% endif %}{% if properties.missing == nil %}e{% endif %}{% if properties.nothing == properties.missing %}f{% endif %}",
   "expect": "de"
  },
  {
   "template": "{% if true and %}a{% endif %}{% if or %}b{% endif %}{% if not %}c{% endif %}{% if and true %}d{% endif %}",
   "expect": "c"
  },
  {
   "template": "{{ true and false }} {{ 1 == 1 }} {{ not true }} {{ 'a' contains 'a' }}",
   "expect": "false true false true"
  },
  {
   "template": "{% if 1 == 1 == true %}a{% endif %}{% if 2 > 1 > 0 %}b{% endif %}{% if not not true %}c{% endif %}{% if not 1 == 2 %}d{% endif %}",
   "expect": "bcd"
  },
  {
   "template": "{% if properties.name == 'SpongeBob' and properties.qty > 1 or false %}yes{% endif %}",
   "expect": "yes"
  },
  {
   "template": "{% if (1..3) == (1..3) %}a{% endif %}{% if properties.products[0] == properties.products[1] %}b{% endif %}",
   "expect": "a"
  },
  {
   "template": "{% if contains %}a{% endif %}{% if notice %}b{% endif %}{% if android %}c{% endif %}{% if orange %}d{% endif %}",
   "expect": ""
  },
  {
   "template": "{{ nothing }}{{ nilly }}{{ trueish }}{{ emptyset }}{{ blanket }}",
   "expect": ""
  },
  {
   "template": "{% assign notice = 'n' %}{% assign trueval = 't' %}{{ notice }}{{ trueval }}",
   "expect": "nt"
  },
  {
   "template": "{{ 'a'|upcase }}{{'b'|upcase|downcase}}",
   "expect": "Ab"
  },
  {
   "template": "{{ 'a' | append:'b' }}",
   "expect": "ab"
  },
  {
   "template": "{{ 'a' | append : 'b' }}",
   "expect": "ab"
  },
  {
   "template": "{{ 'a' | append: 'b' , 'c' }}",
   "expectError": "append expect 2 arguments, line:1, col:1"
  },
  {
   "template": "{{ 'a' | replace: 'a' 'b' }}",
   "expectError": "unexpected character \"'b'\", line:1, col:23"
  },
  {
   "template": "{{ 'a' | append: 'b' | }}",
   "expect": "ab"
  },
  {
   "template": "{{ 'a' | default: 'x', allow_false: true, other: 1 }}",
   "expect": "a"
  },
  {
   "template": "{{ 'a' |  }}",
   "expect": "a"
  },
  {
   "template": "{{ | upcase }}",
   "expectError": "invalid value expression: \"| upcase\", line:1, col:4"
  },
  {
   "template": "{{ 'a' | 1bad }}",
   "expect": "a"
  },
  {
   "template": "{{ 'a' | up-case }}",
   "expect": "a"
  },
  {
   "template": "{{ 'a' | append: properties['name'] }}",
   "expect": "aSpongeBob"
  },
  {
   "template": "{{ 'a' | append: (1..3) }}",
   "expect": "a123"
  },
  {
   "template": "{{ 'a' | append: properties.tags[0] | append: properties.tags.last }}",
   "expect": "aac"
  },
  {
   "template": "{{ properties.name | slice: 0, 4 | upcase | append: '!' | prepend: '>' | size }}",
   "expect": "6"
  },
  {
   "template": "{{ 'x' | append: 'y' | split: '' | join: '+' }}",
   "expect": "x+y"
  },
  {
   "template": "{{ properties.products | where: 'name' | map: 'price' }}",
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{'x'}}",
   "expect": "x"
  },
  {
   "template": "{{\n'x'\n}}",
   "expect": "x"
  },
  {
   "template": "{%if true%}y{%endif%}",
   "expect": "y"
  },
  {
   "template": "{%-if true-%} y {%-endif-%}",
   "expect": "y"
  },
  {
   "template": "{%\nif\ntrue\n%}y{%\nendif\n%}",
   "expect": "y"
  },
  {
   "template": "{{ 'a' }}\n{{ 'b' }}\n",
   "expect": "a\nb\n"
  },
  {
   "template": " {%- liquid echo 'a' -%} ",
   "expect": "a"
  },
  {
   "template": "{{-'x'-}}",
   "expect": "x"
  },
  {
   "template": "a{{ '' }}b",
   "expect": "ab"
  },
  {
   "template": "{{ '}}' }}",
   "expect": "}}"
  },
  {
   "template": "{{ \"}}\" }}",
   "expect": "}}"
  },
  {
   "template": "{{ 'a' }}}",
   "expect": "a}"
  },
  {
   "template": "{{{ 'a' }}",
   "expectError": "invalid value expression: \"{ 'a'\", line:1, col:3"
  },
  {
   "template": "{{ 'a' }} }}",
   "expect": "a }}"
  },
  {
   "template": "{% raw %}{% raw %}{% endraw %}",
   "expect": "{% raw %}"
  },
  {
   "template": "{% raw %}{%endraw%}",
   "expect": ""
  },
  {
   "template": "{% raw %}x{%   endraw   %}y",
   "expect": "xy"
  },
  {
   "template": "{% comment %}{% raw %}{% endcomment %}x",
   "expectError": "raw \"{% raw %}{% endcomment %}x\" not closed, line:1, col:23"
  },
  {
   "template": "{% comment %}a{% comment %}b{% endcomment %}c{% endcomment %}d",
   "expectError": "tag \"endcomment\" not found, line:1, col:46"
  },
  {
   "template": "{% capture x %}{% capture y %}in{% endcapture %}{{y}}out{% endcapture %}{{x}}",
   "expect": "inout"
  },
  {
   "template": "{% if true %}{% if false %}a{% else %}b{% endif %}{% endif %}",
   "expect": "b"
  },
  {
   "template": "{% unless false %}{% if true %}x{% endif %}{% endunless %}",
   "expect": "x"
  },
  {
   "template": "{% liquid assign a = 'x'\necho a\n%}",
   "expect": "x"
  },
  {
   "template": "{% liquid\n  if true\n    echo 'in'\n  endif\n  echo 'out'\n%}",
   "expect": "inout"
  },
  {
   "template": "{% liquid\necho '{{ x }}'\n%}",
   "expect": "{{ x }}"
  },
  {
   "template": "{% liquid\nraw\n{{ x }}\nendraw\n%}",
   "expectError": "illegal liquid tag syntax, line:3, col:1"
  },
  {
   "template": "{% liquid\ncapture c\necho 'cap'\nendcapture\necho c\n%}",
   "expect": "cap"
  },
  {
   "template": "{% liquid\ncycle 'a', 'b'\ncycle 'a', 'b'\n%}",
   "expect": "ab"
  },
  {
   "template": "{% liquid\nincrement i\nincrement i\n%}",
   "expect": "01"
  },
  {
   "template": "{% liquid\nunknown\n%}",
   "expectError": "tag \"unknown\" not found, line:2, col:1"
  },
  {
   "template": "{% liquid\necho 'a'\nbreak\necho 'b'\n%}c",
   "expect": "a"
  },
  {
   "template": "{% liquid %}",
   "expect": ""
  },
  {
   "template": "{% liquid\n\n%}",
   "expect": ""
  },
  {
   "template": "{% echo 'a' | append: 'b' %}",
   "expect": "ab"
  },
  {
   "template": "{% echo properties.tags %}",
   "expect": "abc"
  },
  {
   "template": "{% echo nil %}|",
   "expect": "|"
  },
  {
   "template": "{{ properties.obj }}|{{ properties.products[0] }}|{{ properties.matrix }}|{{ properties.mixed }}",
   "expect": "[object Object]|[object Object]|1234|123.5true"
  },
  {
   "template": "{{ properties.mixed | join }}",
   "expect": "1 2  3.5 true"
  },
  {
   "template": "{{ properties.obj | join: ',' }}",
   "expect": "[object Object]"
  },
  {
   "template": "{{ properties | size }}",
   "expect": "0"
  },
  {
   "template": "{{ traits | json }}",
   "expect": "{\"email\":\"Sponge@Bob.com\",\"first_name\":\"sponge\",\"last_name\":\"bob\",\"age\":30,\"first\":\"F\",\"last\":\"L\"}"
  },
  {
   "template": "{{ properties.nothing }}|{{ properties.no }}|{{ properties.zero }}",
   "expect": "|false|0"
  },
  {
   "template": "{{ properties.tags | first | upcase }}",
   "expect": "A"
  },
  {
   "template": "{{ properties.unicode | slice: 1, 3 }} {{ properties.unicode | truncate: 5 }} {{ properties.unicode | url_encode }} {{ properties.unicode | escape }}",
   "expect": "éll hé... h%C3%A9llo+w%C3%B6rld+%C3%9F héllo wörld ß"
  },
  {
   "template": "{{ properties.emoji | upcase }} {{ properties.emoji | split: '' | size }} {{ properties.emoji | url_encode }} {{ properties.emoji | base64_encode }} {{ properties.emoji | sha256 }}",
   "expect": "A😀B 4 a%F0%9F%98%80b YfCfmIBi 6fba5b2ea783ded096fc2444d540ffbdf49168df30993b155b7efb683313f110"
  },
  {
   "template": "{{ 'é' | size }} {{ 'é' | size }} {{ 'é' == 'é' }}{% if 'é' == 'é' %}eq{% else %}ne{% endif %}",
   "expect": "1 2 falsene"
  },
  {
   "template": "{{ properties.tags | json | size }}",
   "expect": "13"
  },
  {
   "template": "{{ properties.obj | json | base64_encode | base64_decode }}",
   "expect": "{\"1\":\"one\",\"b\":1,\"a\":[1,2]}"
  },
  {
   "template": "{% assign x = properties.products | where: 'on_sale' %}{% for p in x %}{% endfor %}",
   "expectError": "tag \"for\" is disabled, line:1, col:56"
  },
  {
   "template": "{% assign arr = 'a,b' | split: ',' %}{{ arr | push: nil | json }} {{ arr | push: empty | json }} {{ arr | unshift: properties.obj | json }}",
   "expect": "[\"a\",\"b\",{}] [\"a\",\"b\",{}] [{\"1\":\"one\",\"b\":1,\"a\":[1,2]},\"a\",\"b\"]"
  },
  {
   "template": "{{ properties.mixed | compact | json }} {{ nil | compact | json }} {{ 'x' | compact | json }}",
   "expect": "[1,\"2\",3.5,true] [] [\"x\"]"
  },
  {
   "template": "{{ properties.tags | slice: 1, 10 | json }} {{ properties.tags | slice: 0, 0 | json }} {{ properties.tags | slice: 0, -1 | json }} {{ properties.tags | slice | json }}",
   "expect": "[\"b\",\"c\"] [] [\"a\",\"b\"] []"
  },
  {
   "template": "{{ properties.products | where: 'price', '10' | size }} {{ properties.products | where: 'on_sale', nil | size }} {{ properties.products | where: 'on_sale', empty | size }} {{ properties.mixed | where: 'length' | size }}",
   "expect": "0 1 0 1"
  },
  {
   "template": "{{ properties.products | sum: 'nope' }} {{ properties.products | sum: 'price' | times: 2 }} {{ 'a' | sum }} {{ properties.mixed | sum: 'x' }}",
   "expect": "0 75 0 0"
  },
  {
   "template": "{{ properties.name | default: 'x' | upcase }} {{ nil | default: nil }}|{{ nil | default: false }} {{ 0 | default: 1 }} {{ properties.obj | default: 1 | size }}",
   "expect": "SPONGEBOB |false 0 0"
  },
  {
   "template": "{{ properties.text | truncate: 10, '…' }} {{ properties.text | truncate: 3, '…' }} {{ properties.text | truncatewords: 1, '' }}",
   "expect": "The quick… Th… The"
  },
  {
   "template": "{{ 'a-b_c d' | split: '-' | last }} {{ 'aXbXc' | split: 'X' | first }} {{ 'abc' | split: 'abc' | size }} {{ 'abcabc' | split: 'abc' | size }}",
   "expect": "b_c d a 0 0"
  },
  {
   "template": "{{ '0' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "1970-01-01T00:00:00.000"
  },
  {
   "template": "{{ '[0]' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "[0]"
  },
  {
   "template": "{{ '[3.5]' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "[3.5]"
  },
  {
   "template": "{{ '\"3.5\"' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-03-05T00:00:00.000"
  },
  {
   "template": "{{ '0]' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "0]"
  },
  {
   "template": "{{ '[0' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "[0"
  },
  {
   "template": "{{ '3.5]' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "3.5]"
  },
  {
   "template": "{{ '[3,1,2]' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "[3,1,2]"
  },
  {
   "template": "{{ '3,1,2' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2002-03-01T00:00:00.000"
  },
  {
   "template": "{{ '{3.5}' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "{3.5}"
  },
  {
   "template": "{{ '<3.5>' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-03-05T00:00:00.000"
  },
  {
   "template": "{{ '#3.5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-03-05T00:00:00.000"
  },
  {
   "template": "{{ '3.5!' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-03-05T00:00:00.000"
  },
  {
   "template": "{{ 'a 3.5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-03-05T00:00:00.000"
  },
  {
   "template": "{{ 'ab3.5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "ab3.5"
  },
  {
   "template": "{{ '3.5 xyz' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "3.5 xyz"
  },
  {
   "template": "{{ 'foo' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "foo"
  },
  {
   "template": "{{ 'Jan 5 xyz' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "Jan 5 xyz"
  },
  {
   "template": "{{ 'x Jan 5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-01-05T00:00:00.000"
  },
  {
   "template": "{{ '2024-1-5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T00:00:00.000"
  },
  {
   "template": "{{ '2024-1-5 10:00' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T10:00:00.000"
  },
  {
   "template": "{{ '1-5-2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T00:00:00.000"
  },
  {
   "template": "{{ '2024 - 1' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024 - 1"
  },
  {
   "template": "{{ 'Jan-5-2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T00:00:00.000"
  },
  {
   "template": "{{ '5.' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-05-01T00:00:00.000"
  },
  {
   "template": "{{ '5.x' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "5.x"
  },
  {
   "template": "{{ '+5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-05-01T00:00:00.000"
  },
  {
   "template": "{{ '5 +0200' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "5 +0200"
  },
  {
   "template": "{{ '10:00 +0200 5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-05-01T08:00:00.000"
  },
  {
   "template": "{{ 'T5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "T5"
  },
  {
   "template": "{{ '5 T' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "5 T"
  },
  {
   "template": "{{ '5 t 10:00' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "5 t 10:00"
  },
  {
   "template": "{{ 'Jan 5 2024 10:00 EST' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T15:00:00.000"
  },
  {
   "template": "{{ 'EST Jan 5 2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 PST 10:00' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T18:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 10:00 pm' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T22:00:00.000"
  },
  {
   "template": "{{ 'pm Jan 5 2024 10:00' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T10:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 10:00 am pm' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T22:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 Mon' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "Jan 5 2024 Mon"
  },
  {
   "template": "{{ 'Jan 5 2024 10:00 GMT-8' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T18:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 10:00 GMT-08:30' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T18:30:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 10:00 +5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T05:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 10:00:00.5' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T10:00:00.500"
  },
  {
   "template": "{{ 'Jan 5 2024 10' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 25:00' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "Jan 5 2024 25:00"
  },
  {
   "template": "{{ 'Jan 5 2024 24:00' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-06T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 12:00 am' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 13:00 pm' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "Jan 5 2024 13:00 pm"
  },
  {
   "template": "{{ 'Janu 5 2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Ja 5 2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "Ja 5 2024"
  },
  {
   "template": "{{ 'January5 2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 2024 10h' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "Jan 5 2024 10h"
  },
  {
   "template": "{{ 'Sept 5 2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-09-05T00:00:00.000"
  },
  {
   "template": "{{ '5 Jan 2024 10:00 Z' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-01-05T10:00:00.000"
  },
  {
   "template": "{{ 'Jan 32 2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "Jan 32 2024"
  },
  {
   "template": "{{ 'Feb 30 2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-03-01T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 99' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "1999-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 49' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2049-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 50' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "1950-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 100' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "100-01-05T00:00:00.000"
  },
  {
   "template": "{{ 'Jan 5 -2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "Jan 5 -2024"
  },
  {
   "template": "{{ '5/6/7/8' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "5/6/7/8"
  },
  {
   "template": "{{ '5/6' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2001-05-06T00:00:00.000"
  },
  {
   "template": "{{ 'Wed Mar 06 2024 14:05:09 GMT-0500 (Eastern Standard Time)' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-03-06T19:05:09.000"
  },
  {
   "template": "{{ '2024-03-06T14:05:09.000-05:00' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-03-06T19:05:09.000"
  },
  {
   "template": "{{ 'Thursday, 7 March 2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-03-07T00:00:00.000"
  },
  {
   "template": "{{ '3/7/2024, 2:05:09 PM' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-03-07T14:05:09.000"
  },
  {
   "template": "{{ '2024-03-07 14:05' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-03-07T14:05:00.000"
  },
  {
   "template": "{{ '20 Aug 2024 07:00:00 +0000' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-08-20T07:00:00.000"
  },
  {
   "template": "{{ 'Aug 20, 2024 7:00 AM UTC' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-08-20T07:00:00.000"
  },
  {
   "template": "{{ '12.25.2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "2024-12-25T00:00:00.000"
  },
  {
   "template": "{{ '25.12.2024' | date: '%Y-%m-%dT%H:%M:%S.%L' }}",
   "expect": "25.12.2024"
  }
 ]
}
"""#
