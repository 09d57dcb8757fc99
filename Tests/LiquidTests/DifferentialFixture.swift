// Generated: templates rendered by LiquidJS 10.27.1 configured as Segment's mapping kit
// configures it (render limit 500 ms, parse limit 1000, memory limit 1e8, the same disabled
// tags and filters), with TZ=UTC. Each case is the output or the error message LiquidJS
// gave. How it was made is described in DifferentialTests.swift.
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
  },
  {
   "template": "{{ -1 | modulo: empty | date_to_rfc822 }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.name | compact }}",
   "expect": "SpongeBob"
  },
  {
   "template": "{% if properties.ts > -1 or '3.5' and properties.qty %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = 'abc' | normalize_whitespace %}{{ v | compact }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "abc|3|a|"
  },
  {
   "template": "{% if properties.no == properties.csv or properties.neg and properties.nothing %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.qty | sha256 | uri_escape }}",
   "expect": "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce"
  },
  {
   "template": "{{ nil | cgi_escape:  | where: properties.obj }}",
   "expect": ""
  },
  {
   "template": "{{ properties.numstr | pop | replace_first }}",
   "expect": ""
  },
  {
   "template": "{% assign v = traits.email | append: properties.empty %}{{ v | inspect }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "\"Sponge@Bob.com\"|14|S|"
  },
  {
   "template": "{{ '3.5' | url_encode }}",
   "expect": "3.5"
  },
  {
   "template": "{% if properties.floatstr >= 100 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.zero | strip_html }}",
   "expect": "0"
  },
  {
   "template": "{{ 1 | inspect }}",
   "expect": "1"
  },
  {
   "template": "{% assign v = 10 | prepend: traits.email %}{{ v | hmac_sha256 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "13fdcace9138a75ebc0349028ee7f33a79a369c7360272673a291cafb590e2d6|16|S|"
  },
  {
   "template": "{{ false | date_to_string: mode: 0 | round }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.empty | truncatewords | date_to_string }}",
   "expect": ""
  },
  {
   "template": "{% assign v = count | date_to_string:  %}{{ v | size:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "11|11|0|"
  },
  {
   "template": "{{ ' ' | floor | divided_by }}",
   "expect": "NaN"
  },
  {
   "template": "{{ 1 | upcase }}",
   "expect": "1"
  },
  {
   "template": "{% if blank contains properties.epoch %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if false < properties.yes or properties.zero < properties.price %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if true < properties.empty %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.yes <= 'abc' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ (0..0) | escape_once }}",
   "expect": "0"
  },
  {
   "template": "{{ 2.5 | strip | prepend: properties.csv | shift:  }}",
   "expect": ""
  },
  {
   "template": "{% assign v = 'a,b,c' | abs %}{{ v | slice: -3.7 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|||"
  },
  {
   "template": "{{ list | date_to_long_string: properties.zero, 'abc' | raw:  | url_decode }}",
   "expect": "01 March 2002"
  },
  {
   "template": "{{ properties.products[0] | strip_html | sum:  }}",
   "expect": "0"
  },
  {
   "template": "{% if false and list %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 'x y z' | jsonify | pop | upcase }}",
   "expect": ""
  },
  {
   "template": "{{ properties.nested | unshift: properties.csv | unshift: properties.numstr | replace }}",
   "expect": "42a,b,,c,,[object Object]"
  },
  {
   "template": "{{ 2.5 | slugify: '-2' | minus | normalize_whitespace }}",
   "expect": "NaN"
  },
  {
   "template": "{{ count | append: properties.numstr | shift | xml_escape }}",
   "expect": ""
  },
  {
   "template": "{% if properties.matrix and properties.zero %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.multi | at_most: 'x y z' }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.blank | at_least: 'a&amp;b' }}",
   "expect": "0"
  },
  {
   "template": "{{ 1 | cgi_escape | divided_by: properties.matrix, properties.missing | date_to_xmlschema }}",
   "expect": "Infinity"
  },
  {
   "template": "{% if properties.nested < 0 or properties.zero > properties.html %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ false | compact | strip | to_integer:  }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.emoji | date: '2024-01-15T10:30:00Z', x: properties.yes }}",
   "expect": "a😀b"
  },
  {
   "template": "{{ '%Y-%m-%d' | lstrip | unshift }}",
   "expect": "%Y-%m-%d"
  },
  {
   "template": "{% if empty and (0..0) %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if properties.empty != properties.multi %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if 100 > properties.nothing or properties.entities >= properties.nothing %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.mixed | ceil: allow_false: properties.products | raw }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.nested | rstrip | normalize_whitespace }}",
   "expect": "[object Object]"
  },
  {
   "template": "{% if properties.missing == properties.zero or 'abc' <= properties.text %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.products[0] | default | base64_encode | last }}",
   "expect": "d"
  },
  {
   "template": "{{ properties.entities | jsonify:  }}",
   "expect": "\"&lt;b&gt; &amp; &#39;q&#39; &quot;\""
  },
  {
   "template": "{{ 0.1 | remove_first: properties.matrix | date_to_xmlschema | last }}",
   "expect": "0"
  },
  {
   "template": "{% if 100 contains 'x y z' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 'abc' | where | raw | size }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.mixed | size:  | upcase | slugify: count, properties.obj }}",
   "expect": "5"
  },
  {
   "template": "{{ properties.no | sha256 }}",
   "expect": "fcbcf165908dd18a9e49f7ff27810176db8e9f63b4352213741664245224f8aa"
  },
  {
   "template": "{{ traits.email | slugify: properties.products }}",
   "expect": "sponge@bob.com"
  },
  {
   "template": "{{ traits.email | minus | date }}",
   "expect": "NaN"
  },
  {
   "template": "{% if ' ' and false and -3.7 > properties.missing %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.neg | append: '' }}",
   "expect": "-7.5"
  },
  {
   "template": "{{ traits.email | date_to_string: properties.tags, properties.price }}",
   "expect": "Sponge@Bob.com"
  },
  {
   "template": "{% if traits.email >= properties.csv or 'a,b,c' != (1..3) %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.zero | plus: true, x: 'a,b,c' | at_most }}",
   "expect": "1"
  },
  {
   "template": "{{ properties.yes | minus }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.html | uri_escape | normalize_whitespace | at_most: properties.name, x: properties.unicode }}",
   "expect": "0"
  },
  {
   "template": "{{ -1 | rstrip | raw:  }}",
   "expect": "-1"
  },
  {
   "template": "{% if traits.email or 'abc' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ '-2' | size }}",
   "expect": "2"
  },
  {
   "template": "{% if '-2' and -3.7 %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ true | downcase:  }}",
   "expect": "true"
  },
  {
   "template": "{% assign v = 10 | replace_first: traits.email, allow_false: false %}{{ v | times: -1 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "-10|2|1|"
  },
  {
   "template": "{{ properties.tags | url_encode | escape }}",
   "expect": "abc"
  },
  {
   "template": "{{ 'abc' | remove_first: properties.no | uri_escape | replace }}",
   "expect": "abc"
  },
  {
   "template": "{{ properties.date | json }}",
   "expect": "\"2024-03-05\""
  },
  {
   "template": "{% assign v = false | last %}{{ v | normalize_whitespace:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{{ properties.products | replace: 0.1 }}",
   "expect": "[object Object][object Object][object Object]"
  },
  {
   "template": "{{ nil | round: properties.obj }}",
   "expect": "0"
  },
  {
   "template": "{% if properties.matrix <= properties.tags and traits.email >= nil %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if 100 < properties.emoji and properties.nested and '%Y-%m-%d' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.obj | default | date_to_rfc822 | size }}",
   "expect": "0"
  },
  {
   "template": "{% if 'a,b,c' >= properties.multi and properties.multi or properties.products[0] %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.html | escape_once }}",
   "expect": "&lt;p class=&#34;x&#34;&gt;Hi &amp; bye&lt;/p&gt;"
  },
  {
   "template": "{% if blank and properties.date %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.matrix | divided_by: 'a,b,c', '2024-01-15T10:30:00Z' }}",
   "expect": "NaN"
  },
  {
   "template": "{% if properties.entities < properties.floatstr and properties.unicode != (0..0) %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ -3.7 | at_least: nil | escape_once }}",
   "expect": "0"
  },
  {
   "template": "{{ '%Y-%m-%d' | slugify: 0.1, 10 | remove_last:  }}",
   "expect": "%Y-%m-%d"
  },
  {
   "template": "{% assign v = traits.email | raw:  %}{{ v | json: 0 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "\"Sponge@Bob.com\"|14|S|"
  },
  {
   "template": "{% if count contains properties.tags and 100 != properties.missing %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 100 | lstrip | remove_first }}",
   "expect": "100"
  },
  {
   "template": "{{ properties.spaces | round: 0.1 | remove_first: properties.mixed, 1: empty | plus: '-2' }}",
   "expect": "-2"
  },
  {
   "template": "{% assign v = properties.epoch | first %}{{ v | last }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{% if properties.nested < properties.name %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ true | slugify: properties.price, properties.qty | xml_escape }}",
   "expect": "true"
  },
  {
   "template": "{{ blank | at_least }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.products | floor | slugify: properties.neg, properties.matrix | round }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.emoji | url_decode | date_to_xmlschema }}",
   "expect": "a😀b"
  },
  {
   "template": "{% assign v = properties.products | url_encode:  %}{{ v | date_to_long_string:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "%5Bobject+Object%5D%5Bobject+Object%5D%5Bobject+Object%5D|57|%|"
  },
  {
   "template": "{% assign v = '<b>' | escape_once %}{{ v | prepend: properties.emoji }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "a😀b&lt;b&gt;|9|&|"
  },
  {
   "template": "{% if properties.name != (1..3) %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.spaces | replace_first: properties.text, properties.obj %}{{ v | shift }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|10| |"
  },
  {
   "template": "{{ '' | base64_encode | truncatewords:  }}",
   "expect": ""
  },
  {
   "template": "{{ 0.1 | shift | raw:  }}",
   "expect": ""
  },
  {
   "template": "{% assign v = properties.csv | join: properties.unicode %}{{ v | sha256 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "afa69e91289072261a9e8f7234ed8cf62fdabebf7d31268df5388fba369e3afa|8|a|"
  },
  {
   "template": "{{ '' | abs | base64_decode }}",
   "expect": ""
  },
  {
   "template": "{{ 'abc' | escape_once: 1: properties.multi | times | replace_first: 'x y z', false }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.unicode | strip_html: allow_false: list | number_of_words | sum: properties.epoch }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.products[0] | round: properties.text, mode: '<b>' }}",
   "expect": "0"
  },
  {
   "template": "{% if 0 contains traits.email and properties.tags >= properties.epoch %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.floatstr | default | escape: x: properties.missing | xml_escape }}",
   "expect": "3.7"
  },
  {
   "template": "{% if 1 != properties.qty %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if properties.entities < properties.missing %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.emoji | strip | push: properties.missing }}",
   "expect": "a😀b"
  },
  {
   "template": "{% assign v = properties.floatstr | remove_last %}{{ v | xml_escape }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "3.7|3|3|"
  },
  {
   "template": "{{ properties.no | join: true | times:  }}",
   "expect": "NaN"
  },
  {
   "template": "{{ 0.1 | plus | normalize_whitespace | replace_last: properties.neg }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.entities | rstrip | lstrip }}",
   "expect": "&lt;b&gt; &amp; &#39;q&#39; &quot;"
  },
  {
   "template": "{{ '' | default | json: '2024-01-15T10:30:00Z' | url_decode }}",
   "expect": ""
  },
  {
   "template": "{% if 100 <= 1 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = properties.blank | divided_by %}{{ v | normalize_whitespace }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "NaN|||"
  },
  {
   "template": "{% if properties.multi >= properties.matrix or properties.empty < properties.products %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ '<b>' | cgi_escape }}",
   "expect": "%3Cb%3E"
  },
  {
   "template": "{{ 'a&amp;b' | unshift: properties.zero | truncatewords:  | normalize_whitespace }}",
   "expect": "0a&amp;b"
  },
  {
   "template": "{{ properties.nested | downcase }}",
   "expect": "[object object]"
  },
  {
   "template": "{{ properties.floatstr | shift | unshift: empty, mode: (0..0) | capitalize:  }}",
   "expect": ""
  },
  {
   "template": "{{ properties.tags | date_to_string: 'x y z', properties.nested, x: properties.qty | date_to_long_string: 'a&amp;b', ' ' }}",
   "expect": "abc"
  },
  {
   "template": "{% assign v = properties.csv | replace: blank, properties.nested %}{{ v | lstrip }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "a[object Object],[object Object]b[object Object],[object Object],[object Object]c[object Object],[object Object],|113|a|"
  },
  {
   "template": "{{ -3.7 | split }}",
   "expect": "-3.7"
  },
  {
   "template": "{% if list < properties.matrix %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.price | minus: -1 }}",
   "expect": "20.99"
  },
  {
   "template": "{{ count | push: properties.entities | plus }}",
   "expect": "NaN"
  },
  {
   "template": "{% if blank >= properties.date %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.name | date_to_string: 'x y z', '-2' }}",
   "expect": "SpongeBob"
  },
  {
   "template": "{% assign v = properties.missing | append: properties.entities %}{{ v | strip_newlines }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "&lt;b&gt; &amp; &#39;q&#39; &quot;|34|&|"
  },
  {
   "template": "{% if properties.yes > properties.entities %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.products[0] > 'a&amp;b' or properties.numstr == (1..3) %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 'x y z' | modulo: 0 | ceil }}",
   "expect": "0"
  },
  {
   "template": "{{ nil | url_encode: mode: properties.date | minus: properties.ts | abs }}",
   "expect": "0"
  },
  {
   "template": "{{ 'a,b,c' | capitalize }}",
   "expect": "A,b,c"
  },
  {
   "template": "{% if properties.csv or properties.nothing %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.multi | base64_decode | inspect | remove_last: properties.numstr }}",
   "expect": "\"�)ޢw��w�b��a��\""
  },
  {
   "template": "{% assign v = properties.unicode | downcase %}{{ v | date_to_rfc822 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "héllo wörld ß|13|h|"
  },
  {
   "template": "{{ -3.7 | first | json: -1 | base64_encode:  }}",
   "expect": "IiI="
  },
  {
   "template": "{% if traits.email != properties.matrix or (0..0) < false %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ '' | date_to_rfc822: 1: properties.emoji | base64_encode }}",
   "expect": ""
  },
  {
   "template": "{{ 1 | at_least | append: properties.emoji | escape_once }}",
   "expect": "1a😀b"
  },
  {
   "template": "{{ 1 | strip_newlines | uri_escape }}",
   "expect": "1"
  },
  {
   "template": "{{ true | date_to_long_string: '3.5', 1: 1 | json | append: '' }}",
   "expect": "\"01 January 1970\""
  },
  {
   "template": "{% if properties.yes > properties.emoji %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = 100 | raw %}{{ v | where: -3.7 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|||"
  },
  {
   "template": "{% if properties.epoch or 'abc' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 'x y z' | json: 1: '-2' }}",
   "expect": "\"x y z\""
  },
  {
   "template": "{% if blank != properties.unicode %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if properties.mixed contains 2.5 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = 'a,b,c' | capitalize %}{{ v | minus: (0..0), mode: properties.name }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0|5|A|"
  },
  {
   "template": "{% if properties.nothing >= 'Hello World' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ '2024-01-15T10:30:00Z' | truncatewords: properties.mixed, 1: properties.zero | truncatewords: properties.tags, x: properties.yes | date: 'a,b,c', false }}",
   "expect": ""
  },
  {
   "template": "{{ properties.spaces | escape | size | modulo: 'x y z' }}",
   "expect": "NaN"
  },
  {
   "template": "{% assign v = properties.empty | slugify: properties.ts %}{{ v | date_to_string: properties.products }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{{ properties.emoji | json }}",
   "expect": "\"a😀b\""
  },
  {
   "template": "{{ 'x y z' | times | pop }}",
   "expect": ""
  },
  {
   "template": "{% assign v = true | base64_decode:  %}{{ v | size }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "3|3|�|"
  },
  {
   "template": "{{ blank | remove_last: properties.html, allow_false: properties.empty | base64_decode }}",
   "expect": ""
  },
  {
   "template": "{% if 'a&amp;b' == '%Y-%m-%d' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ nil | raw:  | jsonify }}",
   "expect": "{}"
  },
  {
   "template": "{% if 'a&amp;b' and '%Y-%m-%d' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.multi | upcase %}{{ v | date_to_xmlschema }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "LINE ONE\nLINE TWO\r\nLINE THREE|29|L|"
  },
  {
   "template": "{{ properties.html | hmac_sha256 }}",
   "expect": "0c4e602e42fa9e3ee1975e11d4f72ba93e3d59064ded8aa61ce2d9477b35e959"
  },
  {
   "template": "{{ false | url_encode:  | upcase:  | replace: properties.zero }}",
   "expect": "FALSE"
  },
  {
   "template": "{{ properties.ts | date_to_long_string | strip | prepend: properties.name }}",
   "expect": "SpongeBob15 January 2024"
  },
  {
   "template": "{% assign v = properties.unicode | times: properties.floatstr %}{{ v | truncatewords: properties.date, false }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|||"
  },
  {
   "template": "{{ 0 | inspect | sum: properties.obj, mode: properties.no }}",
   "expect": "0"
  },
  {
   "template": "{% assign v = properties.numstr | capitalize %}{{ v | modulo: properties.ts, x: properties.price }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "NaN|2|4|"
  },
  {
   "template": "{{ false | capitalize }}",
   "expect": "False"
  },
  {
   "template": "{{ ' ' | unshift: properties.neg | escape:  }}",
   "expect": "-7.5 "
  },
  {
   "template": "{{ 'abc' | replace_first: properties.date, traits.email | base64_encode | strip_newlines }}",
   "expect": "YWJj"
  },
  {
   "template": "{{ properties.price | at_least: false }}",
   "expect": "19.99"
  },
  {
   "template": "{{ 'abc' | date: '3.5' }}",
   "expect": "abc"
  },
  {
   "template": "{{ properties.nothing | remove_first: '<b>' }}",
   "expect": ""
  },
  {
   "template": "{{ traits.email | to_integer }}",
   "expect": "NaN"
  },
  {
   "template": "{{ 'a&amp;b' | base64_encode:  }}",
   "expect": "YSZhbXA7Yg=="
  },
  {
   "template": "{% if properties.emoji or properties.entities and properties.name contains properties.unicode %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 2.5 | date_to_rfc822 | size | date_to_rfc822 }}",
   "expect": "Thu, 01 Jan 1970 00:00:31 +0000"
  },
  {
   "template": "{{ traits.email | truncatewords }}",
   "expect": "Sponge@Bob.com"
  },
  {
   "template": "{{ nil | floor | inspect }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.matrix | round: properties.csv }}",
   "expect": "0"
  },
  {
   "template": "{% if ' ' == properties.products or properties.price contains properties.products %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ '-2' | first:  | sum }}",
   "expect": "0"
  },
  {
   "template": "{% if properties.epoch or properties.emoji or nil > properties.mixed %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = 0.1 | remove: x: properties.tags %}{{ v | upcase }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0.1|3|0|"
  },
  {
   "template": "{% assign v = properties.empty | remove_first: (0..0) %}{{ v | last }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{% if '2024-01-15T10:30:00Z' < 'Hello World' or properties.products >= properties.tags %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if properties.entities == 100 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = properties.yes | replace_last: properties.empty %}{{ v | normalize_whitespace }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "true|4|t|"
  },
  {
   "template": "{{ nil | cgi_escape }}",
   "expect": ""
  },
  {
   "template": "{% if 100 > properties.numstr %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = nil | times: allow_false: properties.tags %}{{ v | json: properties.csv }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0|||"
  },
  {
   "template": "{% assign v = properties.multi | slice %}{{ v | date_to_xmlschema }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{% assign v = list | date_to_xmlschema:  %}{{ v | truncatewords: '3.5', 'a&amp;b' }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "2002-03-01T00:00:00+00:00|25|2|"
  },
  {
   "template": "{{ 1 | lstrip }}",
   "expect": "1"
  },
  {
   "template": "{{ '3.5' | truncate: properties.tags, 'x y z' | times: properties.blank }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.yes | escape_once:  | remove }}",
   "expect": "true"
  },
  {
   "template": "{% if properties.tags < properties.price %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.obj >= 1 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = properties.multi | jsonify %}{{ v | times }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "NaN|34|\"|"
  },
  {
   "template": "{% if '%Y-%m-%d' != properties.missing or true > properties.spaces %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.obj | hmac_sha256: properties.spaces %}{{ v | compact }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "26fd1579e1679e4d09d2be0e38cc340e843d94aa658815bbfe85654a817b6377|64|2|"
  },
  {
   "template": "{% if properties.yes >= 'a,b,c' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.entities | default: properties.floatstr, x: properties.empty | abs | date: 'x y z' }}",
   "expect": "x y z"
  },
  {
   "template": "{% if '%Y-%m-%d' > properties.ts %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.empty != properties.price %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.spaces | escape %}{{ v | sum: properties.date }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0|10| |"
  },
  {
   "template": "{{ (0..0) | remove: 0 }}",
   "expect": ""
  },
  {
   "template": "{{ ' ' | cgi_escape | slice: properties.spaces, properties.no | remove_first: properties.products }}",
   "expect": ""
  },
  {
   "template": "{{ -1 | upcase }}",
   "expect": "-1"
  },
  {
   "template": "{{ -3.7 | date_to_string: blank }}",
   "expect": "31 Dec 1969"
  },
  {
   "template": "{{ '%Y-%m-%d' | at_most | prepend: 0 | round: false, 1: properties.tags }}",
   "expect": "0"
  },
  {
   "template": "{{ '%Y-%m-%d' | replace: false, -1 }}",
   "expect": "%Y-%m-%d"
  },
  {
   "template": "{% if properties.csv or properties.price %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.epoch | abs }}",
   "expect": "1705314645"
  },
  {
   "template": "{% assign v = -3.7 | date: empty, count %}{{ v | unshift: properties.qty, allow_false: properties.nested }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "3|0||"
  },
  {
   "template": "{{ properties.products[0] | size:  | push:  | replace_first: '-2', count }}",
   "expect": "0"
  },
  {
   "template": "{{ 2.5 | slice: '' }}",
   "expect": "2"
  },
  {
   "template": "{{ properties.zero | at_least: 1 | at_most: properties.text }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.nothing | modulo: properties.no | truncatewords }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.csv | modulo: 1: count | url_decode | number_of_words }}",
   "expect": "1"
  },
  {
   "template": "{{ properties.products | floor | split | remove_last: properties.ts }}",
   "expect": "0"
  },
  {
   "template": "{% if '' contains (1..3) or count != properties.obj %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ ' ' | xml_escape }}",
   "expect": " "
  },
  {
   "template": "{{ 0 | rstrip | truncatewords: 'a,b,c' }}",
   "expect": ""
  },
  {
   "template": "{{ properties.spaces | size | slice }}",
   "expect": ""
  },
  {
   "template": "{{ empty | shift }}",
   "expect": ""
  },
  {
   "template": "{% if 0.1 or blank %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.zero | append: ' ' %}{{ v | strip_newlines }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0 |2|0|"
  },
  {
   "template": "{{ 2.5 | at_least: -1, allow_false: properties.zero | times: properties.empty, mode: properties.html | slugify: 'abc', nil, allow_false: 'abc' }}",
   "expect": "0"
  },
  {
   "template": "{% if 'a,b,c' > properties.ts or properties.nested == properties.products[0] %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.numstr | base64_encode %}{{ v | size }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "4|4|N|"
  },
  {
   "template": "{{ properties.obj | escape_once | json: properties.tags }}",
   "expect": "\"[object Object]\""
  },
  {
   "template": "{% if '2024-01-15T10:30:00Z' != properties.floatstr or 0 contains '<b>' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.matrix | at_least: 2.5 | jsonify }}",
   "expect": "2.5"
  },
  {
   "template": "{% if empty == '<b>' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 1 | remove_first: properties.entities }}",
   "expect": "1"
  },
  {
   "template": "{{ 'x y z' | sha256 | join: properties.date | divided_by: properties.tags, properties.epoch }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.missing | to_integer | replace_last: properties.nothing, properties.epoch | replace_first }}",
   "expect": "NaN1705314645"
  },
  {
   "template": "{{ properties.qty | downcase | push }}",
   "expect": "3"
  },
  {
   "template": "{{ blank | strip_newlines | where }}",
   "expect": ""
  },
  {
   "template": "{% assign v = 'a,b,c' | split: properties.products, allow_false: properties.no %}{{ v | date_to_string: '2024-01-15T10:30:00Z' }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "a,b,c|1|a,b,c|a,b,c"
  },
  {
   "template": "{{ nil | strip_newlines:  }}",
   "expect": ""
  },
  {
   "template": "{{ properties.price | sum: '2024-01-15T10:30:00Z' | sha256 | compact }}",
   "expect": "5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e9"
  },
  {
   "template": "{{ ' ' | default:  | normalize_whitespace }}",
   "expect": " "
  },
  {
   "template": "{{ ' ' | slice | times:  | escape_once }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.products | pop }}",
   "expect": "[object Object][object Object]"
  },
  {
   "template": "{% if properties.ts != false %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 'a,b,c' | uri_escape | hmac_sha256:  | sum: 'abc', 1: properties.yes }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.obj | size:  }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.mixed | hmac_sha256 }}",
   "expect": "d2596d0ede709c6808c6782d7106c3a30079bb07e4458e74280acc55dc3941be"
  },
  {
   "template": "{% if properties.csv < properties.spaces %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ nil | replace: properties.matrix | date_to_xmlschema }}",
   "expect": ""
  },
  {
   "template": "{% if properties.date < nil or properties.ts <= properties.ts %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.products | xml_escape %}{{ v | cgi_escape }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "%5Bobject+Object%5D%5Bobject+Object%5D%5Bobject+Object%5D|45|[|"
  },
  {
   "template": "{% if blank contains -3.7 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if '3.5' or false %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.mixed | slugify }}",
   "expect": "123-5true"
  },
  {
   "template": "{% assign v = '-2' | abs %}{{ v | strip:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "2|||"
  },
  {
   "template": "{% assign v = properties.entities | join %}{{ v | date:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "&lt;b&gt; &amp; &#39;q&#39; &quot;|34|&|"
  },
  {
   "template": "{{ properties.epoch | floor:  }}",
   "expect": "1705314645"
  },
  {
   "template": "{{ properties.nothing | capitalize:  | base64_encode }}",
   "expect": ""
  },
  {
   "template": "{% if -1 and '-2' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.floatstr | at_least: properties.zero %}{{ v | remove }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "3.7|||"
  },
  {
   "template": "{% if 'a&amp;b' >= count or '%Y-%m-%d' <= traits.email %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.entities | escape_once }}",
   "expect": "&lt;b&gt; &amp; &#39;q&#39; &amp;quot;"
  },
  {
   "template": "{{ 10 | base64_decode | number_of_words: '' | number_of_words: 100 }}",
   "expect": "1"
  },
  {
   "template": "{{ list | remove_last }}",
   "expect": "312"
  },
  {
   "template": "{{ properties.empty | date_to_rfc822:  | normalize_whitespace }}",
   "expect": ""
  },
  {
   "template": "{% assign v = properties.qty | json %}{{ v | last:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "3|1|3|"
  },
  {
   "template": "{{ 'Hello World' | upcase }}",
   "expect": "HELLO WORLD"
  },
  {
   "template": "{% if (0..0) <= 2.5 and 2.5 > 'Hello World' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 0 | abs | cgi_escape: x: ' ' | base64_decode }}",
   "expect": ""
  },
  {
   "template": "{% if properties.yes != '2024-01-15T10:30:00Z' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.entities | split: properties.date }}",
   "expect": "&lt;b&gt; &amp; &#39;q&#39; &quot;"
  },
  {
   "template": "{{ properties.mixed | round: nil }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.epoch | strip | pop | replace_last }}",
   "expect": ""
  },
  {
   "template": "{{ 10 | lstrip | remove_last: properties.text | round }}",
   "expect": "10"
  },
  {
   "template": "{{ count | remove_last: properties.blank | slugify: -3.7, list }}",
   "expect": "2"
  },
  {
   "template": "{{ properties.multi | escape_once:  | round: '<b>' }}",
   "expect": "0"
  },
  {
   "template": "{{ 0.1 | remove_first: 'a,b,c' | truncatewords: properties.products[0] }}",
   "expect": ""
  },
  {
   "template": "{{ properties.blank | strip_newlines }}",
   "expect": "  "
  },
  {
   "template": "{{ properties.yes | slugify: false, properties.matrix | sum: (1..3) }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.unicode | rstrip | join }}",
   "expect": "héllo wörld ß"
  },
  {
   "template": "{{ properties.entities | jsonify | strip_html | slugify: empty, count }}",
   "expect": "\"&lt;b&gt; &amp; &#39;q&#39; &quot;\""
  },
  {
   "template": "{% if 'Hello World' == 2.5 and properties.name > traits.email %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 0.1 | append: 'a,b,c' | strip | date_to_xmlschema: allow_false: properties.products }}",
   "expect": "0.1a,b,c"
  },
  {
   "template": "{{ properties.numstr | base64_encode | replace_first: 'x y z', 'Hello World' }}",
   "expect": "NDI="
  },
  {
   "template": "{% assign v = properties.mixed | escape %}{{ v | ceil }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0|9|1|"
  },
  {
   "template": "{% if 'Hello World' == properties.mixed %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = '' | date_to_xmlschema %}{{ v | escape_once }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{% assign v = properties.nested | cgi_escape %}{{ v | times }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "NaN|19|%|"
  },
  {
   "template": "{{ '<b>' | cgi_escape }}",
   "expect": "%3Cb%3E"
  },
  {
   "template": "{% if empty and 'a&amp;b' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ true | json | upcase }}",
   "expect": "TRUE"
  },
  {
   "template": "{{ 'x y z' | push | replace_first:  }}",
   "expect": "x y z"
  },
  {
   "template": "{{ properties.multi | where: false | xml_escape: 1: count }}",
   "expect": ""
  },
  {
   "template": "{{ properties.matrix | plus | modulo: 100 }}",
   "expect": "0"
  },
  {
   "template": "{{ '%Y-%m-%d' | strip | times | round: properties.numstr }}",
   "expect": "0"
  },
  {
   "template": "{{ '' | cgi_escape | escape_once }}",
   "expect": ""
  },
  {
   "template": "{% if properties.ts and 'Hello World' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 2.5 | remove }}",
   "expect": "2.5"
  },
  {
   "template": "{{ nil | xml_escape | at_most:  }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.nothing | prepend: properties.neg | normalize_whitespace | date: properties.html }}",
   "expect": "<p class=\"x\">Hi & bye</p>"
  },
  {
   "template": "{% if true != properties.price %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 10 | hmac_sha256 | to_integer | at_most }}",
   "expect": "0"
  },
  {
   "template": "{{ traits.email | at_least: properties.price | truncatewords }}",
   "expect": "19.99"
  },
  {
   "template": "{% assign v = properties.date | size:  %}{{ v | pop }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|||"
  },
  {
   "template": "{{ (1..3) | where: properties.neg, (1..3) | remove_first: properties.entities, mode: properties.price }}",
   "expect": ""
  },
  {
   "template": "{{ '3.5' | at_least: blank | last }}",
   "expect": ""
  },
  {
   "template": "{{ '3.5' | capitalize | slugify | round: properties.mixed }}",
   "expect": "0"
  },
  {
   "template": "{% assign v = properties.entities | url_decode %}{{ v | size:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "34|34|&|"
  },
  {
   "template": "{{ 0.1 | date_to_xmlschema | first | lstrip }}",
   "expect": "1"
  },
  {
   "template": "{% if properties.csv <= properties.spaces %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.ts < (1..3) and properties.blank contains 'a&amp;b' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = properties.entities | url_decode %}{{ v | date_to_xmlschema }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "&lt;b&gt; &amp; &#39;q&#39; &quot;|34|&|"
  },
  {
   "template": "{% assign v = properties.no | jsonify:  %}{{ v | default: properties.numstr }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "false|5|f|"
  },
  {
   "template": "{{ properties.missing | to_integer:  }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.multi | date_to_string: 0.1 | base64_decode }}",
   "expect": "�)ޢw��w�b��a��"
  },
  {
   "template": "{% if ' ' <= properties.yes and false == properties.name %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 'x y z' | normalize_whitespace:  }}",
   "expect": "x y z"
  },
  {
   "template": "{% assign v = properties.html | date_to_string: properties.floatstr %}{{ v | strip_newlines }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "<p class=\"x\">Hi & bye</p>|25|<|"
  },
  {
   "template": "{% if '-2' or '2024-01-15T10:30:00Z' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ '-2' | raw:  | escape_once | slugify }}",
   "expect": "2"
  },
  {
   "template": "{{ 0.1 | push | replace_first | first }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.yes | round }}",
   "expect": "1"
  },
  {
   "template": "{{ properties.name | at_least | number_of_words }}",
   "expect": "1"
  },
  {
   "template": "{{ properties.ts | sum | at_most: '%Y-%m-%d' | truncatewords: properties.no, traits.email }}",
   "expect": "0Sponge@Bob.com"
  },
  {
   "template": "{{ (0..0) | cgi_escape }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.mixed | plus | date_to_long_string: properties.spaces | sha256 }}",
   "expect": "d5b592c05dc25b5032553f1b27f4139be95e881f73db33b02b05ab20c3f9981e"
  },
  {
   "template": "{{ properties.missing | date: 100, allow_false: false | escape | shift }}",
   "expect": ""
  },
  {
   "template": "{{ 100 | base64_encode | pop }}",
   "expect": ""
  },
  {
   "template": "{% if '%Y-%m-%d' == 0 or '%Y-%m-%d' and properties.blank %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 0 | capitalize | at_most: allow_false: properties.yes | lstrip }}",
   "expect": "0"
  },
  {
   "template": "{% if 0.1 < properties.csv %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ 'a&amp;b' | slugify: false, list | round: 'a,b,c', x: properties.nested }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.nothing | escape:  }}",
   "expect": ""
  },
  {
   "template": "{% if properties.numstr <= properties.mixed or properties.empty == properties.blank %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.zero | at_most: 'a,b,c' }}",
   "expect": "0"
  },
  {
   "template": "{% if properties.obj and properties.csv %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ -3.7 | divided_by: empty, properties.spaces }}",
   "expect": "-Infinity"
  },
  {
   "template": "{{ properties.nothing | date: properties.nothing, properties.html, mode: properties.csv | upcase | jsonify }}",
   "expect": "\"\""
  },
  {
   "template": "{{ 0 | compact | json: 1 }}",
   "expect": "[\n 0\n]"
  },
  {
   "template": "{% if 'Hello World' > 'abc' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.no >= properties.products %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.name | base64_encode }}",
   "expect": "U3BvbmdlQm9i"
  },
  {
   "template": "{{ properties.emoji | json: '%Y-%m-%d' | plus: 2.5 }}",
   "expect": "2.5"
  },
  {
   "template": "{% if properties.html > properties.mixed %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.numstr | sha256 | pop }}",
   "expect": ""
  },
  {
   "template": "{% if properties.products < properties.numstr or '2024-01-15T10:30:00Z' contains false %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ '3.5' | pop | number_of_words: properties.html }}",
   "expect": "0"
  },
  {
   "template": "{% if properties.epoch >= properties.name %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ blank | date_to_xmlschema }}",
   "expect": ""
  },
  {
   "template": "{{ properties.name | url_decode | uri_escape }}",
   "expect": "SpongeBob"
  },
  {
   "template": "{% if 100 == 2.5 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = properties.products | cgi_escape %}{{ v | pop }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|57|%|"
  },
  {
   "template": "{% assign v = properties.entities | xml_escape %}{{ v | uri_escape }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "&amp;lt;b&amp;gt;%20&amp;amp;%20&amp;#39;q&amp;#39;%20&amp;quot;|58|&|"
  },
  {
   "template": "{{ properties.no | round:  }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.no | replace_first | strip_html }}",
   "expect": "false"
  },
  {
   "template": "{% assign v = properties.floatstr | join %}{{ v | compact:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "3.7|3|3|"
  },
  {
   "template": "{{ count | modulo: properties.matrix | modulo: properties.floatstr }}",
   "expect": "0"
  },
  {
   "template": "{% if properties.no > '3.5' and properties.matrix and '%Y-%m-%d' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.text | date_to_rfc822 | times: properties.zero }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.zero | normalize_whitespace | rstrip | slugify: properties.blank, mode: 2.5 }}",
   "expect": "0"
  },
  {
   "template": "{{ 'Hello World' | upcase | round }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.no | compact | inspect | at_most }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.mixed | sum: properties.zero, x: 10 | normalize_whitespace:  }}",
   "expect": "7.5"
  },
  {
   "template": "{% if properties.floatstr and '2024-01-15T10:30:00Z' and properties.mixed or properties.text %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = 'Hello World' | modulo %}{{ v | minus: properties.spaces }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0|||"
  },
  {
   "template": "{{ '%Y-%m-%d' | append: 'a,b,c' | url_decode }}",
   "expectError": "URI malformed, line:1, col:1"
  },
  {
   "template": "{{ nil | compact | first | escape }}",
   "expect": ""
  },
  {
   "template": "{% if properties.price != '-2' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.mixed | date_to_rfc822 | where | times }}",
   "expect": "NaN"
  },
  {
   "template": "{{ '%Y-%m-%d' | strip }}",
   "expect": "%Y-%m-%d"
  },
  {
   "template": "{% if 'abc' >= 1 or properties.html > properties.name %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if count < 100 and '2024-01-15T10:30:00Z' >= properties.entities %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if '-2' <= properties.no %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.qty | lstrip %}{{ v | sha256 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce|1|3|"
  },
  {
   "template": "{{ blank | replace | base64_decode | hmac_sha256: properties.nothing }}",
   "expect": "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"
  },
  {
   "template": "{{ 'x y z' | last | base64_encode:  }}",
   "expect": "eg=="
  },
  {
   "template": "{{ '<b>' | replace_first | last }}",
   "expect": ">"
  },
  {
   "template": "{% if properties.products != (0..0) %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if properties.zero or properties.text and properties.no == true %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.neg | shift:  }}",
   "expect": ""
  },
  {
   "template": "{{ properties.ts | lstrip:  }}",
   "expect": "2024-01-15T10:30:45.123Z"
  },
  {
   "template": "{{ '-2' | remove | replace_first: '3.5' | date_to_string: properties.floatstr }}",
   "expect": "01 Feb 2001"
  },
  {
   "template": "{% if properties.spaces <= '3.5' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.emoji | at_least: -1 | times:  | minus }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.floatstr | uri_escape:  }}",
   "expect": "3.7"
  },
  {
   "template": "{{ 'a,b,c' | hmac_sha256: '2024-01-15T10:30:00Z' | abs | abs }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.unicode | date_to_xmlschema | times }}",
   "expect": "NaN"
  },
  {
   "template": "{% assign v = properties.html | date_to_string %}{{ v | remove: properties.date }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "<p class=\"x\">Hi & bye</p>|25|<|"
  },
  {
   "template": "{% if properties.blank == properties.spaces %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if true != 'x y z' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.products | unshift %}{{ v | date_to_long_string: 100, 100, x: 0 }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "[object Object][object Object][object Object]|4||"
  },
  {
   "template": "{{ -3.7 | normalize_whitespace | replace_first: properties.mixed, properties.entities }}",
   "expect": "-3.7"
  },
  {
   "template": "{{ nil | last:  | uri_escape | url_decode }}",
   "expect": ""
  },
  {
   "template": "{{ properties.missing | where: false | remove_first: properties.matrix, 1: -3.7 }}",
   "expect": ""
  },
  {
   "template": "{% if count >= 100 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ false | floor | truncatewords }}",
   "expect": "0"
  },
  {
   "template": "{% if properties.spaces and properties.text %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 'a&amp;b' | at_least }}",
   "expect": "0"
  },
  {
   "template": "{{ 'x y z' | base64_decode | strip_html }}",
   "expect": "�,"
  },
  {
   "template": "{{ properties.tags | prepend: 10 | sha256: mode: properties.price | compact:  }}",
   "expect": "468975ef06844e680033c551652b9a718a90ee4b69f187920cc37e7a00fc81d1"
  },
  {
   "template": "{{ traits.email | remove_first: (0..0) | date_to_string: 'abc', properties.yes }}",
   "expect": "Sponge@Bob.com"
  },
  {
   "template": "{{ properties.yes | normalize_whitespace | slice: 1 }}",
   "expect": "r"
  },
  {
   "template": "{% assign v = true | slice: properties.epoch %}{{ v | round }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0|0||"
  },
  {
   "template": "{% assign v = properties.obj | remove:  %}{{ v | number_of_words }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "2|15|[|"
  },
  {
   "template": "{{ 'abc' | compact }}",
   "expect": "abc"
  },
  {
   "template": "{{ 'x y z' | date_to_string: 10, 'Hello World' | date }}",
   "expect": "x y z"
  },
  {
   "template": "{{ properties.nested | raw }}",
   "expect": "[object Object]"
  },
  {
   "template": "{% if 0.1 and 10 %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.matrix | replace_last: properties.text }}",
   "expect": "1234"
  },
  {
   "template": "{{ properties.csv | remove: properties.multi | shift }}",
   "expect": ""
  },
  {
   "template": "{{ 0 | size | last | inspect }}",
   "expect": "\"\""
  },
  {
   "template": "{% if -3.7 <= properties.epoch %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 'x y z' | url_decode }}",
   "expect": "x y z"
  },
  {
   "template": "{{ 'Hello World' | at_least | prepend: properties.qty }}",
   "expect": "30"
  },
  {
   "template": "{{ '-2' | truncate: (1..3) }}",
   "expect": "..."
  },
  {
   "template": "{{ (0..0) | date_to_rfc822 | sha256 | raw }}",
   "expect": "3bf8bc19515e317d1860097e8501f580c5f22fcb60cc1bb62595873e4891a635"
  },
  {
   "template": "{{ properties.multi | base64_encode:  | sha256 }}",
   "expect": "13c1cdf943b6b90b86ea1786f94897188f31300fd31882830ed6eebeb996ba5c"
  },
  {
   "template": "{{ (0..0) | truncate | downcase:  }}",
   "expect": "0"
  },
  {
   "template": "{{ -1 | lstrip }}",
   "expect": "-1"
  },
  {
   "template": "{{ properties.nothing | to_integer | capitalize: x: 'a&amp;b' | slugify: properties.nested, '3.5' }}",
   "expect": "0"
  },
  {
   "template": "{% if traits.email != properties.blank %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 'a&amp;b' | push: '%Y-%m-%d', mode: properties.yes | last | plus: properties.empty, mode: 'a&amp;b' }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.products | date_to_rfc822 | strip | replace_first: '-2', properties.epoch }}",
   "expect": "[object Object][object Object][object Object]"
  },
  {
   "template": "{% if 'a&amp;b' and properties.no or 'a&amp;b' <= properties.entities %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if blank <= '3.5' and properties.obj != properties.unicode %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = 2.5 | divided_by: properties.matrix %}{{ v | first:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|||"
  },
  {
   "template": "{{ properties.zero | append: properties.emoji | modulo:  }}",
   "expect": "NaN"
  },
  {
   "template": "{% assign v = false | date_to_string %}{{ v | number_of_words }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "3|11|0|"
  },
  {
   "template": "{% assign v = blank | default: properties.nested %}{{ v | sum }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0|1||"
  },
  {
   "template": "{% if properties.neg contains 0 and properties.text != properties.price %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.qty <= 1 or properties.date < properties.tags %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 100 | strip_html | push: -1 | date }}",
   "expect": "100-1"
  },
  {
   "template": "{{ list | compact }}",
   "expect": "312"
  },
  {
   "template": "{% if properties.zero or properties.date and properties.unicode or '-2' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if properties.epoch >= properties.ts %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.obj | truncatewords | truncate | remove_last }}",
   "expect": "[object Object]"
  },
  {
   "template": "{{ (0..0) | normalize_whitespace | append: (1..3), x: properties.products }}",
   "expectError": "append expect 2 arguments, line:1, col:1"
  },
  {
   "template": "{% assign v = '2024-01-15T10:30:00Z' | last %}{{ v | append: 'a&amp;b', 1: properties.name }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expectError": "append expect 2 arguments, line:1, col:47"
  },
  {
   "template": "{{ 0.1 | sha256:  }}",
   "expect": "14be4b45f18e0d8c67b4f719b5144eee88497e413709d11d85b096d8e2346310"
  },
  {
   "template": "{{ properties.nested | base64_encode | slice: properties.nested, 10 }}",
   "expect": ""
  },
  {
   "template": "{{ blank | join: '-2' | sum:  | strip_html }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.neg | upcase: allow_false: ' ' | strip }}",
   "expect": "-7.5"
  },
  {
   "template": "{{ (1..3) | strip_newlines | default: properties.text }}",
   "expect": "123"
  },
  {
   "template": "{{ '%Y-%m-%d' | base64_decode | pop }}",
   "expect": ""
  },
  {
   "template": "{% if properties.date >= 'abc' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.multi | at_most: empty }}",
   "expect": "0"
  },
  {
   "template": "{% if list == properties.entities %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ '3.5' | replace_last:  | replace_last: properties.date, properties.epoch }}",
   "expect": "3.5"
  },
  {
   "template": "{% if 'Hello World' and properties.blank %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.unicode | strip }}",
   "expect": "héllo wörld ß"
  },
  {
   "template": "{% if empty >= properties.epoch or nil >= properties.price %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.entities | pop | date | date_to_long_string }}",
   "expect": ""
  },
  {
   "template": "{{ properties.entities | default | uri_escape:  }}",
   "expect": "&lt;b&gt;%20&amp;%20&#39;q&#39;%20&quot;"
  },
  {
   "template": "{% if -1 contains 'a,b,c' and 2.5 or properties.mixed %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.ts | slugify:  | uri_escape | times: properties.yes }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.tags | date_to_xmlschema }}",
   "expect": "abc"
  },
  {
   "template": "{{ '2024-01-15T10:30:00Z' | join: x: 10 }}",
   "expect": "2024-01-15T10:30:00Z"
  },
  {
   "template": "{{ properties.no | replace_last | lstrip | plus: properties.numstr }}",
   "expect": "42"
  },
  {
   "template": "{{ properties.epoch | pop }}",
   "expect": ""
  },
  {
   "template": "{{ -1 | join: (1..3) | replace_first: list | last }}",
   "expect": "1"
  },
  {
   "template": "{{ ' ' | at_least: properties.price | date_to_long_string: (0..0), properties.mixed, x: properties.neg | minus: properties.price }}",
   "expect": "-19.99"
  },
  {
   "template": "{{ properties.text | times: 2.5 | remove | number_of_words: properties.matrix }}",
   "expect": "1"
  },
  {
   "template": "{% assign v = properties.floatstr | strip %}{{ v | replace: properties.price, properties.date }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "3.7|3|3|"
  },
  {
   "template": "{% assign v = -1 | at_most: properties.products[0], mode: properties.spaces %}{{ v | strip_html }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "-1|||"
  },
  {
   "template": "{% assign v = properties.nothing | default:  %}{{ v | upcase }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|||"
  },
  {
   "template": "{{ properties.numstr | strip_html | url_encode | where: properties.date, blank }}",
   "expect": "42"
  },
  {
   "template": "{% if properties.numstr contains properties.date or traits.email == properties.html %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.empty >= properties.ts and (1..3) > 'a,b,c' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = properties.products[0] | last %}{{ v | date }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{% assign v = properties.ts | replace_last: 'x y z', properties.text %}{{ v | replace: '2024-01-15T10:30:00Z', properties.floatstr }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "2024-01-15T10:30:45.123Z|24|2|"
  },
  {
   "template": "{{ properties.nothing | strip | replace_first: 0.1 }}",
   "expect": ""
  },
  {
   "template": "{{ count | truncatewords: properties.zero }}",
   "expect": "2..."
  },
  {
   "template": "{% assign v = properties.csv | date_to_long_string: properties.html, (0..0) %}{{ v | truncate }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "a,b,,c,,|8|a|"
  },
  {
   "template": "{{ 2.5 | uri_escape | replace_first: properties.html, properties.text | where: allow_false: nil }}",
   "expect": ""
  },
  {
   "template": "{{ properties.numstr | slice: '3.5' }}",
   "expect": ""
  },
  {
   "template": "{{ properties.price | truncate: properties.html, '' }}",
   "expect": ""
  },
  {
   "template": "{% assign v = properties.unicode | size %}{{ v | compact:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "13|||"
  },
  {
   "template": "{{ properties.epoch | downcase | capitalize | floor:  }}",
   "expect": "1705314645"
  },
  {
   "template": "{% assign v = properties.blank | date_to_long_string: properties.no %}{{ v | size }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "2|2| |"
  },
  {
   "template": "{% if properties.obj <= properties.emoji or true < properties.obj %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = (0..0) | date_to_long_string: properties.entities, 1: '<b>' %}{{ v | divided_by:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "NaN|15|0|"
  },
  {
   "template": "{% assign v = traits.email | base64_encode %}{{ v | times }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "NaN|20|U|"
  },
  {
   "template": "{{ properties.price | strip_newlines }}",
   "expect": "19.99"
  },
  {
   "template": "{% if properties.spaces or 100 %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if nil contains properties.mixed %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if ' ' != properties.multi %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 0 | jsonify | abs | date_to_xmlschema }}",
   "expect": "1970-01-01T00:00:00+00:00"
  },
  {
   "template": "{% if 10 contains properties.date %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ '-2' | base64_decode:  | compact | minus }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.no | strip_html:  }}",
   "expect": "false"
  },
  {
   "template": "{% assign v = properties.text | capitalize %}{{ v | at_most }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "0|43|T|"
  },
  {
   "template": "{{ (1..3) | lstrip: mode: '3.5' | join: count | inspect }}",
   "expect": "\"123\""
  },
  {
   "template": "{{ 'Hello World' | sum }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.nothing | push }}",
   "expect": ""
  },
  {
   "template": "{% if properties.spaces != properties.entities and 10 and count %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.unicode | first }}",
   "expect": "h"
  },
  {
   "template": "{% assign v = properties.nothing | rstrip %}{{ v | base64_encode:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{% if empty < properties.qty or nil contains properties.matrix %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.empty != blank %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ '2024-01-15T10:30:00Z' | remove: properties.products | uri_escape }}",
   "expect": "2024-01-15T10:30:00Z"
  },
  {
   "template": "{{ properties.matrix | modulo | replace_first: properties.nothing, true | minus: properties.no }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.floatstr | strip:  }}",
   "expect": "3.7"
  },
  {
   "template": "{{ -3.7 | strip_html | default }}",
   "expect": "-3.7"
  },
  {
   "template": "{% if properties.neg >= '<b>' and properties.floatstr >= '-2' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.empty | date_to_string: properties.entities | strip | slice }}",
   "expect": ""
  },
  {
   "template": "{{ true | round: '%Y-%m-%d' | hmac_sha256 | unshift }}",
   "expect": "41e0a9448f91edba4b05c6c2fc0edb1d6418aa292b5b2942637bec43a29b9523"
  },
  {
   "template": "{{ properties.zero | escape_once | hmac_sha256: traits.email | replace_first:  }}",
   "expect": "7de04378096dd3beab201922f57c137702d624804f22a7d458917b5acf0cc976"
  },
  {
   "template": "{{ 0.1 | replace_last: '2024-01-15T10:30:00Z' }}",
   "expect": "0.1"
  },
  {
   "template": "{{ '%Y-%m-%d' | lstrip | date_to_string: '<b>', allow_false: '' | replace_last: properties.unicode, mode: (0..0) }}",
   "expect": "%Y-%m-%d"
  },
  {
   "template": "{% if '<b>' and properties.empty %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = -3.7 | number_of_words:  %}{{ v | ceil }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "1|||"
  },
  {
   "template": "{{ count | downcase }}",
   "expect": "2"
  },
  {
   "template": "{{ properties.price | replace_last: 10, properties.matrix }}",
   "expect": "19.99"
  },
  {
   "template": "{{ 0 | divided_by }}",
   "expect": "NaN"
  },
  {
   "template": "{{ nil | compact }}",
   "expect": ""
  },
  {
   "template": "{{ (0..0) | base64_encode | append: traits.email | json: empty }}",
   "expect": "\"MA==Sponge@Bob.com\""
  },
  {
   "template": "{% if false == '%Y-%m-%d' and -3.7 == properties.neg %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ (0..0) | compact }}",
   "expect": "0"
  },
  {
   "template": "{% if properties.obj >= properties.products %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if nil <= nil %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.products[0] | lstrip | remove_first: list, mode: (0..0) }}",
   "expect": "[object Object]"
  },
  {
   "template": "{% if properties.html and properties.products[0] or properties.yes >= 10 %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.yes | at_least: true }}",
   "expect": "1"
  },
  {
   "template": "{% if blank == properties.unicode %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.html == properties.html %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% assign v = properties.no | replace_last: 1, '-2' %}{{ v | rstrip }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "false|5|f|"
  },
  {
   "template": "{% if 1 >= (1..3) %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = false | to_integer %}{{ v | pop }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|||"
  },
  {
   "template": "{{ '<b>' | jsonify:  }}",
   "expect": "\"<b>\""
  },
  {
   "template": "{{ properties.no | downcase | modulo: properties.ts }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.epoch | append: count, mode: 10 }}",
   "expectError": "append expect 2 arguments, line:1, col:1"
  },
  {
   "template": "{{ properties.date | append: properties.csv | xml_escape | upcase }}",
   "expect": "2024-03-05A,B,,C,,"
  },
  {
   "template": "{{ properties.tags | remove_first | prepend: properties.qty }}",
   "expect": "3abc"
  },
  {
   "template": "{% assign v = 1 | lstrip %}{{ v | to_integer:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "1|1|1|"
  },
  {
   "template": "{{ properties.nested | downcase | strip_html }}",
   "expect": "[object object]"
  },
  {
   "template": "{% if '2024-01-15T10:30:00Z' > properties.text %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if -3.7 != 'x y z' or 10 <= -1 %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ ' ' | last | ceil }}",
   "expect": "0"
  },
  {
   "template": "{% if properties.tags contains true or '3.5' contains properties.matrix %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.epoch | inspect | first | join }}",
   "expect": "1"
  },
  {
   "template": "{{ -1 | times: properties.spaces | lstrip }}",
   "expect": "0"
  },
  {
   "template": "{% if 2.5 > properties.text %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.spaces | last }}",
   "expect": " "
  },
  {
   "template": "{{ 0 | upcase | jsonify }}",
   "expect": "\"0\""
  },
  {
   "template": "{{ '%Y-%m-%d' | times }}",
   "expect": "NaN"
  },
  {
   "template": "{{ properties.no | strip_newlines | append: properties.neg }}",
   "expect": "false-7.5"
  },
  {
   "template": "{{ properties.multi | sum: properties.mixed }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.price | base64_encode:  | downcase | prepend: properties.empty }}",
   "expect": "mtkuotk="
  },
  {
   "template": "{{ properties.emoji | remove | plus:  }}",
   "expect": "NaN"
  },
  {
   "template": "{% assign v = properties.products[0] | shift %}{{ v | escape_once }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{% assign v = 1 | split %}{{ v | capitalize:  }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "1|1|1|1"
  },
  {
   "template": "{{ 2.5 | size | split: x: properties.name | slugify: 'abc', properties.empty }}",
   "expect": "0"
  },
  {
   "template": "{% assign v = 0.1 | default: properties.html %}{{ v | modulo }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "NaN|||"
  },
  {
   "template": "{% if properties.blank != properties.products[0] %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.epoch | url_decode | last }}",
   "expect": "5"
  },
  {
   "template": "{% assign v = properties.tags | replace_first %}{{ v | truncate: properties.spaces }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "...|3|a|"
  },
  {
   "template": "{{ 'x y z' | base64_encode }}",
   "expect": "eCB5IHo="
  },
  {
   "template": "{% if properties.matrix == '' and (1..3) or properties.multi %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = traits.email | downcase %}{{ v | json: count }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "\"sponge@bob.com\"|14|s|"
  },
  {
   "template": "{% if properties.neg != count or properties.obj != properties.yes %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if properties.blank < '%Y-%m-%d' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ properties.nested | round: properties.unicode | prepend: properties.missing }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.spaces | shift | rstrip }}",
   "expect": ""
  },
  {
   "template": "{% assign v = properties.nothing | strip %}{{ v | escape }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|0||"
  },
  {
   "template": "{{ properties.floatstr | split: x: properties.blank | base64_decode }}",
   "expect": "�"
  },
  {
   "template": "{% assign v = false | abs %}{{ v | base64_encode }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "MA==|||"
  },
  {
   "template": "{{ 10 | join: properties.products | inspect }}",
   "expect": "\"10\""
  },
  {
   "template": "{{ blank | remove: properties.entities | minus: 'a&amp;b' }}",
   "expect": "0"
  },
  {
   "template": "{% assign v = properties.no | number_of_words: blank %}{{ v | slice: properties.html }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "|||"
  },
  {
   "template": "{{ properties.spaces | pop | size | truncate }}",
   "expect": "0"
  },
  {
   "template": "{% assign v = properties.numstr | floor %}{{ v | escape }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "42|||"
  },
  {
   "template": "{% if -3.7 > empty and '-2' != properties.neg %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.price | times: properties.products }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.zero | divided_by | date: (0..0), 100 }}",
   "expect": "NaN"
  },
  {
   "template": "{{ 0.1 | upcase | date_to_rfc822 }}",
   "expect": "Sat, 01 Jan 2000 00:00:00 +0000"
  },
  {
   "template": "{{ true | ceil | split: list | number_of_words }}",
   "expect": "1"
  },
  {
   "template": "{{ ' ' | remove_last: properties.epoch | slice: 'abc' | times: properties.matrix, 1: 1 }}",
   "expect": "0"
  },
  {
   "template": "{{ properties.epoch | at_least | truncatewords: properties.csv, properties.price }}",
   "expect": ""
  },
  {
   "template": "{{ properties.nested | round | truncate: 'abc' }}",
   "expect": "..."
  },
  {
   "template": "{{ properties.no | upcase | base64_encode | prepend: nil, x: properties.obj }}",
   "expectError": "prepend expect 2 arguments, line:1, col:1"
  },
  {
   "template": "{{ properties.neg | sum | at_least }}",
   "expect": "-7.5"
  },
  {
   "template": "{% if 'abc' > properties.html %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ -3.7 | capitalize | where: properties.html }}",
   "expect": ""
  },
  {
   "template": "{{ properties.floatstr | remove | inspect }}",
   "expect": "\"3.7\""
  },
  {
   "template": "{% if traits.email > 'x y z' and 100 contains 10 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if properties.neg != properties.products[0] and -3.7 > properties.empty %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.empty | ceil | downcase | sha256 }}",
   "expect": "5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e9"
  },
  {
   "template": "{% if 0.1 and properties.nothing and false contains 'x y z' %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = properties.price | strip_newlines %}{{ v | push: 'x y z' }}|{{ v.size }}|{{ v[0] }}|{{ v.first }}",
   "expect": "19.99x y z|5|1|"
  },
  {
   "template": "{{ '-2' | unshift | inspect }}",
   "expect": "[null,\"-2\"]"
  },
  {
   "template": "{% if 'a,b,c' contains properties.emoji %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if 10 == properties.entities and '' >= -1 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ properties.date | base64_encode }}",
   "expect": "MjAyNC0wMy0wNQ=="
  },
  {
   "template": " raw  =  if  x é) size ",
   "expect": " raw  =  if  x é) size "
  },
  {
   "template": "{{ properties.name }}",
   "expect": "SpongeBob"
  },
  {
   "template": "{% else %}{% break %}",
   "expectError": "tag \"else\" not found, line:1, col:1"
  },
  {
   "template": "{% raw %}",
   "expectError": "tag {% raw %} not closed, line:1, col:1"
  },
  {
   "template": "{%- echo 'e' -%}{% endraw %}{{- 'v' -}}{% captu  re c %}{% cycle 1, 2 %}{% comment %}\n",
   "expectError": "tag \"endraw\" not found, line:1, col:17"
  },
  {
   "template": "'  ",
   "expect": "'  "
  },
  {
   "template": " increment  1  upcase ,) \n  x  elsif {{-",
   "expectError": "output \"{{-\" not closed, line:2, col:12"
  },
  {
   "template": " text {% break %} text {% # note %}",
   "expect": " text "
  },
  {
   "template": "{% if false %}{% cycle 1, 2 %}",
   "expectError": "tag {% if false %} not closed, line:1, col:1"
  },
  {
   "template": "{% capture c %}{% else %}{%  size cycle 1, 2 %}{% raw %}",
   "expectError": "tag \"else\" not found, line:1, col:16"
  },
  {
   "template": " properties.name  capture \n{%[ append a upcase ",
   "expectError": "tag \"{%[ append a upcase \" not closed, line:2, col:1"
  },
  {
   "template": "😀 endif  echo -%})] decrement  cycle  decrement  endcomment ",
   "expect": "😀 endif  echo -%})] decrement  cycle  decrement  endcomment "
  },
  {
   "template": "}}( nil ",
   "expect": "}}( nil "
  },
  {
   "template": "😀",
   "expect": "😀"
  },
  {
   "template": "{% raw %}{% endif %}   upcase \n  {% increment i %}",
   "expectError": "raw \"{% raw %}{% endif %}   upcase...\" not closed, line:1, col:10"
  },
  {
   "template": "{% endunless %}{% endif %}{% cycle 1, 2 %}{% if true %}",
   "expectError": "tag \"endunless\" not found, line:1, col:1"
  },
  {
   "template": "{{ raw x y assign  endraw  \n  true  unless ",
   "expectError": "output \"{{ raw x y assign  endraw  \\n ...\" not closed, line:1, col:1"
  },
  {
   "template": " increment :",
   "expect": " increment :"
  },
  {
   "template": "{{- 'v' -}}{% assign x = 'X' %}{% else %}{% liquid echo 'L' %}{% endcomment %}  \n  {% comment %}{{ properties.name }}",
   "expectError": "tag \"else\" not found, line:1, col:32"
  },
  {
   "template": "{% break %}{% else %}{% endcapture %}{%- echo 'e' -%}{% # note %}{% raw %}",
   "expectError": "tag \"else\" not found, line:1, col:12"
  },
  {
   "template": "{{ x }}{% else %}{% cycle 1, 2 %}{% increment i %}{% assign x = 'X' %}{% else %}{% # no\"te %}  \n  ",
   "expectError": "tag \"else\" not found, line:1, col:8"
  },
  {
   "template": "{% assign x = 'X' %}",
   "expect": ""
  },
  {
   "template": "{% assign x = 'X' %} text {{ c }}{% # note %}{% br%}eak %}{% else %}{% else %}",
   "expectError": "tag \"br\" not found, line:1, col:46"
  },
  {
   "template": ":{{-' raw \" comment  liquid  properties.tags ",
   "expectError": "output \"{{-' raw \\\" comment  liquid  p...\" not closed, line:1, col:2"
  },
  {
   "template": "])) when ",
   "expect": "])) when "
  },
  {
   "template": "\t size {{  properties.name  not }} properties.tags (",
   "expect": "\t size false properties.tags ("
  },
  {
   "template": "{% assign x = 'X' %}\n{%- echo 'e' -%}{% capture c %}",
   "expectError": "tag {% capture c %} not closed, line:2, col:17"
  },
  {
   "template": " endcomment  endraw  size ",
   "expect": " endcomment  endraw  size "
  },
  {
   "template": "{% increment i %}{% if false %}{% cycle 1, 2 %}{%- echo 'e' -%}{{- 'v' -}}{% endcomment %}{%- echo 'e' -%}  \n  ",
   "expectError": "tag \"endcomment\" not found, line:1, col:75"
  },
  {
   "template": "\n{%- echo 'e' -%}{% endcomment %}{% # n liquid ote %}{% cycle 1, 2 %}",
   "expectError": "tag \"endcomment\" not found, line:2, col:17"
  },
  {
   "template": "{% if true %}{% capture c %} text {% raw %}{% if false %}{% if true %}",
   "expectError": "raw \"{% raw %}{% if false %}{% if ...\" not closed, line:1, col:44"
  },
  {
   "template": "{% endcomment %}{%- echo 'e' -%}{{ properties.name }} text {% liquid echo 'L' %}\n{% endraw %}{% comment %}",
   "expectError": "tag \"endcomment\" not found, line:1, col:1"
  },
  {
   "template": "{{- endif \nx y == \t unless ",
   "expectError": "output \"{{- endif \\nx y == \\t unless \" not closed, line:1, col:1"
  },
  {
   "template": " 1  nil  or  elsif  1  properties.name  liquid  upcase  else -}}",
   "expect": " 1  nil  or  elsif  1  properties.name  liquid  upcase  else -}}"
  },
  {
   "template": " upcase  for  if ",
   "expect": " upcase  for  if "
  },
  {
   "template": "{% endunless %}{% comment %}{% comment %}{{ c }}{{ x }}",
   "expectError": "tag \"endunless\" not found, line:1, col:1"
  },
  {
   "template": "{% endif %}",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": ":{%(-}}😀 comment  when ",
   "expectError": "tag \"{%(-}}😀 comment  when \" not closed, line:1, col:2"
  },
  {
   "template": "{% if false %}{% endif %}\n{% raw %}{% unless false %} text {% capture c %}{% endcapture %}",
   "expectError": "raw \"{% raw %}{% unless false %} t...\" not closed, line:2, col:10"
  },
  {
   "template": "{% if true %}{{ properties.name }}{% capture c %}{% endcomment %}{% assign x = 'X' %}",
   "expectError": "tag \"endcomment\" not found, line:1, col:50"
  },
  {
   "template": "{% endunless %}{%- echo 'e' -%}\n{% assign x = 'X' %}",
   "expectError": "tag \"endunless\" not found, line:1, col:1"
  },
  {
   "template": " not  1  ==  or  endcapture ( properties.name ",
   "expect": " not  1  ==  or  endcapture ( properties.name "
  },
  {
   "template": "{% unless false %}{% un  less false %}",
   "expectError": "tag \"un\" not found, line:1, col:19"
  },
  {
   "template": "\t properties.tags  contains  and  elsif a:%} endcomment ..",
   "expect": "\t properties.tags  contains  and  elsif a:%} endcomment .."
  },
  {
   "template": " for ",
   "expect": " for "
  },
  {
   "template": " == x y endcomment .. true  1  unless  endif  not   ",
   "expect": " == x y endcomment .. true  1  unless  endif  not   "
  },
  {
   "template": "{% if true %}{% raw %}",
   "expectError": "tag {% raw %} not closed, line:1, col:14"
  },
  {
   "template": "{% else %}{{- 'v' -}}{% comment %}{%- elsif true -%}",
   "expectError": "tag \"else\" not found, line:1, col:1"
  },
  {
   "template": "{% comment %} text {% break %} text {% capture c %}{% else %}{% assign x = 'X' %}{% else %}",
   "expectError": "tag {% comment %} not closed, line:1, col:1"
  },
  {
   "template": "{{-",
   "expectError": "output \"{{-\" not closed, line:1, col:1"
  },
  {
   "template": "{% endcomment %}{% if false %} text ",
   "expectError": "tag \"endcomment\" not found, line:1, col:1"
  },
  {
   "template": "{{[ \n  append  endcapture  1 ",
   "expectError": "output \"{{[ \\n  append  endcapture  1 \" not closed, line:1, col:1"
  },
  {
   "template": " else  # ",
   "expect": " else  # "
  },
  {
   "template": "{% unless false %}\n{% unless false %}  \n  {% endcomment %}{% raw %}{% if true %}",
   "expectError": "raw \"{% raw %}{% if true %}\" not closed, line:3, col:28"
  },
  {
   "template": "\t # (   for  append  = [ contains ",
   "expect": "\t # (   for  append  = [ contains "
  },
  {
   "template": " text {{- 'v' -}}{% unless false %} text {% # note %}",
   "expectError": "tag {% unless false %} not closed, line:1, col:18"
  },
  {
   "template": "{{ x }} break {{ c }}",
   "expect": " break "
  },
  {
   "template": "( assign \n when [)",
   "expect": "( assign \n when [)"
  },
  {
   "template": "{% unless false %}{% endunless %}{% endcomment %}{% cycle 1, 2 %}{{ x }}{% # note %}{% endraw %}",
   "expectError": "tag \"endcomment\" not found, line:1, col:34"
  },
  {
   "template": "{% if true %}{% endunless %}{{ c }}{%- echo 'e' -%}{% endif %}{% endcapture %}",
   "expectError": "tag \"endunless\" not found, line:1, col:14"
  },
  {
   "template": "{% increment i %}{% else %}{{ properties.name }}{% raw %}{% increment i %}{% # note %-}",
   "expectError": "raw \"{% raw %}{% increment i %}{% ...\" not closed, line:1, col:58"
  },
  {
   "template": "{% cycle 1, 2 %}{% e elsif ndcomment %}{% endcapture %}{% endcomment %}",
   "expectError": "tag \"e\" not found, line:1, col:17"
  },
  {
   "template": "{% # note %}{% comment %}{% # note %}{% unless false %}{% liquid echo 'L' %}{% unless false %}{% assign x = 'X' %}{% endif %}",
   "expectError": "tag {% comment %} not closed, line:1, col:13"
  },
  {
   "template": " =  assign \t or - \n  increment  contains ",
   "expect": " =  assign \t or - \n  increment  contains "
  },
  {
   "template": "  \n  {% endunless %}{% endif %}",
   "expectError": "tag \"endunless\" not found, line:2, col:3"
  },
  {
   "template": " endraw ",
   "expect": " endraw "
  },
  {
   "template": "{% unless false %}{% comment %}{% endunless %}  \n  {% cycle 1, 2 %}{% break %}{% # note %}{% comment %}",
   "expectError": "tag {% comment %} not closed, line:1, col:19"
  },
  {
   "template": " append  cycle  not ",
   "expect": " append  cycle  not "
  },
  {
   "template": " and {{- endunless {%- for  endunless  or '. cycle ",
   "expectError": "output \"{{- endunless {%- for  endunl...\" not closed, line:1, col:6"
  },
  {
   "template": "  :\n  {{ x }}",
   "expect": "  :\n  "
  },
  {
   "template": "{% if false %} text {%- ec|ho 'e' -%}{{ x }}{% liquid echo 'L' %}",
   "expectError": "tag \"ec\" not found, line:1, col:21"
  },
  {
   "template": " if  \n  cycle 😀 for  ..:",
   "expect": " if  \n  cycle 😀 for  ..:"
  },
  {
   "template": " 'q' {{'é  ",
   "expectError": "output \"{{'é  \" not closed, line:1, col:6"
  },
  {
   "template": "{%- echo 'e' -%}\n{% endraw %}{% comment %}",
   "expectError": "tag \"endraw\" not found, line:2, col:1"
  },
  {
   "template": "{% raw %}{% liquid echo 'L' %}{{ properties.name }}{% liquid echo 'L' %}{% endcapture %}{% else %}",
   "expectError": "raw \"{% raw %}{% liquid echo 'L' %...\" not closed, line:1, col:10"
  },
  {
   "template": "  \n  {% endcomment %}{% increment i %}{% endunless %}{% endraw %}{% break %}{% endunless %}{{ properties.name }}",
   "expectError": "tag \"endcomment\" not found, line:2, col:3"
  },
  {
   "template": "{% # note %}{% increment i %}{%, increment i %}  \n  ",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:32"
  },
  {
   "template": " liquid  cycle  comment  if x y",
   "expect": " liquid  cycle  comment  if x y"
  },
  {
   "template": ", [,",
   "expect": ", [,"
  },
  {
   "template": "]-%}",
   "expect": "]-%}"
  },
  {
   "template": "{% # note %}{% if fals-e %}",
   "expectError": "tag {% if fals-e %} not closed, line:1, col:13"
  },
  {
   "template": "{% # note %}{% end%}unless %}",
   "expectError": "tag \"end\" not found, line:1, col:13"
  },
  {
   "template": "😀  1  comment  echo  #  true ",
   "expect": "😀  1  comment  echo  #  true "
  },
  {
   "template": "\t 1  = ) \n -}} endunless  x ",
   "expect": "\t 1  = ) \n -}} endunless  x "
  },
  {
   "template": "{{ x }}{% capture c %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{% break %}{{ x }}{{- 'v' -}}{% if false %}{{ x }}{% increment i %}{% if true %}",
   "expectError": "tag {% if true %} not closed, line:1, col:68"
  },
  {
   "template": "{% # note %}  \n  {% else %}",
   "expectError": "tag \"else\" not found, line:2, col:3"
  },
  {
   "template": " contains  else x y for  nil ",
   "expect": " contains  else x y for  nil "
  },
  {
   "template": "{% liquid echo 'L' %}{%. comment %}",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:24"
  },
  {
   "template": " cycle  == )   nil ",
   "expect": " cycle  == )   nil "
  },
  {
   "template": "{{- 'v' -}}{% unless  false %}{% unless false %}",
   "expectError": "tag {% unless false %} not closed, line:1, col:31"
  },
  {
   "template": "{% liquid echo 'L' %}{% endraw %}{% endunless %}  \n  ",
   "expectError": "tag \"endraw\" not found, line:1, col:22"
  },
  {
   "template": "{% assign x = 'X' %}\n{% = - echo 'e' -%}{%- elsif true -%}",
   "expectError": "illegal tag syntax, tag name expected, line:2, col:4"
  },
  {
   "template": ": raw -}}{{ unless  comment ",
   "expectError": "output \"{{ unless  comment \" not closed, line:1, col:10"
  },
  {
   "template": "] properties.tags \n capture  capture  if  else ",
   "expect": "] properties.tags \n capture  capture  if  else "
  },
  {
   "template": "{% unless false %}",
   "expectError": "tag {% unless false %} not closed, line:1, col:1"
  },
  {
   "template": "{% liquid echo 'L' %}\n text {% endcomment %}{% unless false %}{% endif %}{% liquid echo 'L' %}{% raw %}",
   "expectError": "tag \"endcomment\" not found, line:2, col:7"
  },
  {
   "template": "{%{% endcomment %}{{ c }}{{- 'v' -}}",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:3"
  },
  {
   "template": " x x y",
   "expect": " x x y"
  },
  {
   "template": "-%}(é endraw  and  endraw ",
   "expect": "-%}(é endraw  and  endraw "
  },
  {
   "template": "-%} endcapture  decrement a 'q'  endunless  not ",
   "expect": "-%} endcapture  decrement a 'q'  endunless  not "
  },
  {
   "template": "\n{% assign x = 'X' %}{% endcapture %}{% else %}{% endcomment %}{% endcapture %}",
   "expectError": "tag \"endcapture\" not found, line:2, col:21"
  },
  {
   "template": "{% liquid echo 'L' %a}{% endif %}{%- elsif true -%}{% if true %}",
   "expectError": "expected \"|\" before filter, line:1, col:21"
  },
  {
   "template": "{% endif %}",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "{{- 'v' -}}",
   "expect": "v"
  },
  {
   "template": " else \" liquid ].%}( endcomment  'q'  endunless ",
   "expect": " else \" liquid ].%}( endcomment  'q'  endunless "
  },
  {
   "template": " properties.name  endraw \t unless  comment  liquid  else ",
   "expect": " properties.name  endraw \t unless  comment  liquid  else "
  },
  {
   "template": "..-}} not  or )) contains ",
   "expect": "..-}} not  or )) contains "
  },
  {
   "template": "{% comment %}{% if true %}\n{% cycle 1, 2 %}{% comment %}{% endif %}{%- elsif true -%}",
   "expectError": "tag {% comment %} not closed, line:1, col:1"
  },
  {
   "template": "\n",
   "expect": "\n"
  },
  {
   "template": "  \n  {% liquid echo 'L' %}{{ properties.name }}",
   "expect": "  \n  LSpongeBob"
  },
  {
   "template": "{% 'q'  break  properties.tags  contains  upcase  assign )",
   "expectError": "tag \"{% 'q'  break  properties.tag...\" not closed, line:1, col:1"
  },
  {
   "template": "{{ x }}{% if true %}{% else %}{% endif %}",
   "expect": ""
  },
  {
   "template": "{% # note %}{% endcapture %}{{ c }é}{% cycle 1, 2 %}  \n  ",
   "expectError": "output \"{{ c }é}{% cycle 1, 2 %}  \\n  \" not closed, line:1, col:29"
  },
  {
   "template": ". elsif ",
   "expect": ". elsif "
  },
  {
   "template": " endraw é elsif  x  endcapture .. echo  echo ",
   "expect": " endraw é elsif  x  endcapture .. echo  echo "
  },
  {
   "template": "{% cycle 1, 2 %}{% raw %}{% # note %}{% endunless %}{% liquid echo 'L]' %}{% assign x = 'X' %}{% unless false %} text ",
   "expectError": "raw \"{% raw %}{% # note %}{% endun...\" not closed, line:1, col:26"
  },
  {
   "template": " assign  =  nil ",
   "expect": " assign  =  nil "
  },
  {
   "template": "{% endunless %}{% endcomment %}{% assign x = 'X' %}{% if true %}{%- echo 'e' -%}",
   "expectError": "tag \"endunless\" not found, line:1, col:1"
  },
  {
   "template": "{{ x }}{% increment i %}",
   "expect": "0"
  },
  {
   "template": "] é size  elsif  ==  true  properties.tags  assign ",
   "expect": "] é size  elsif  ==  true  properties.tags  assign "
  },
  {
   "template": "{% raw %}{% unless false %}{{ properties.name }}",
   "expectError": "raw \"{% raw %}{% unless false %}{{...\" not closed, line:1, col:10"
  },
  {
   "template": "{% unless false %} text  text {% assign x = 'X' %}  \n  {% liquid echo 'L' %} text ",
   "expectError": "tag {% unless false %} not closed, line:1, col:1"
  },
  {
   "template": " else {{ break  endunless  for  increment  nil é{{ assign ",
   "expectError": "output \"{{ break  endunless  for  inc...\" not closed, line:1, col:7"
  },
  {
   "template": "{% endif %}{% if false %}{% capture c %}{% liquid echo 'L' %}",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "( echo -}} \n x y = )] properties.tags  when ",
   "expect": "( echo -}} \n x y = )] properties.tags  when "
  },
  {
   "template": "{% break %}{{- 'v' -}}{% endif %}{% else %}{% endif %}{% increment i %}{{ c }}{% liquid echo 'L' %}",
   "expectError": "tag \"endif\" not found, line:1, col:23"
  },
  {
   "template": " increment '-é(%}-%}",
   "expect": " increment '-é(%}-%}"
  },
  {
   "template": "{% if false %}",
   "expectError": "tag {% if false %} not closed, line:1, col:1"
  },
  {
   "template": "{% cycle 1, 2 %}{{ c }}{% break %}  \n  {% comment %x y}{% assign x = 'X' %}",
   "expectError": "tag {% comment %x y}{% assign x = 'X' %} not closed, line:2, col:3"
  },
  {
   "template": "{% else %}{% endcapture %}{% endcomment %}{% comment %}{% if true %}",
   "expectError": "tag \"else\" not found, line:1, col:1"
  },
  {
   "template": " 'q'  and  =  raw {{ 'q'  unless ",
   "expectError": "output \"{{ 'q'  unless \" not closed, line:1, col:19"
  },
  {
   "template": "{% # note %}",
   "expect": ""
  },
  {
   "template": "{% endunless %}{% comment %}{% assign x = 'X' %}{% assign x = 'X' %}{% increment i %}",
   "expectError": "tag \"endunless\" not found, line:1, col:1"
  },
  {
   "template": " when  increment .. echo  break  raw  raw ",
   "expect": " when  increment .. echo  break  raw  raw "
  },
  {
   "template": "{% liqui}}d echo 'L' %}",
   "expectError": "tag \"liqui\" not found, line:1, col:1"
  },
  {
   "template": "{% liquid echo 'L' %}{% comment %{{-}{% capture c %}{% break %}{%- elsif true -%}{% raw %}{% capture c %}{{ c }}",
   "expectError": "raw \"{% raw %}{% capture c %}{{ c }}\" not closed, line:1, col:91"
  },
  {
   "template": "{% endif %}{% cycle 1, 2 %}  \n  ",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "é 1  upcase {%-😀:{%",
   "expectError": "tag \"{%-😀:{%\" not closed, line:1, col:13"
  },
  {
   "template": "\n{% comment %}{% unless fa  lse %}{% raw %}{% break %}{% endunless %}{% endunless %}",
   "expectError": "raw \"{% raw %}{% break %}{% endunl...\" not closed, line:2, col:43"
  },
  {
   "template": "x y cycle  properties.tags .",
   "expect": "x y cycle  properties.tags ."
  },
  {
   "template": "{{ x }}{%- elsif true -%}{% if true %}{%- elsif true -%}{% increment i %}{% assign x = 'X' %}{% # note %}",
   "expectError": "tag \"elsif\" not found, line:1, col:8"
  },
  {
   "template": "{% comment %}{% break %}{{ c }}{% raw %}",
   "expectError": "tag {% comment %} not closed, line:1, col:1"
  },
  {
   "template": " capture \n  \" \n  upcase  properties.name  echo ",
   "expect": " capture \n  \" \n  upcase  properties.name  echo "
  },
  {
   "template": "\n{% # note %}{% if true %}{% increment i %}{% assign x = 'X' %}{%- elsif true -%}{% liquid echo echo  'L' %} text ",
   "expectError": "tag {% if true %} not closed, line:2, col:13"
  },
  {
   "template": "\"",
   "expect": "\""
  },
  {
   "template": "{% increme properties.name nt i %}{{- 'v' -}}{%- elsif true -%}",
   "expectError": "tag \"increme\" not found, line:1, col:1"
  },
  {
   "template": "{% break %}{{ properties.name }}{% if true %}{% assign x = 'X' %}",
   "expectError": "tag {% if true %} not closed, line:1, col:33"
  },
  {
   "template": "{% break %}{% endcomment %}",
   "expectError": "tag \"endcomment\" not found, line:1, col:12"
  },
  {
   "template": "{{- upcase  increment  unless  increment ",
   "expectError": "output \"{{- upcase  increment  unless...\" not closed, line:1, col:1"
  },
  {
   "template": " =  properties.tags ]",
   "expect": " =  properties.tags ]"
  },
  {
   "template": " = ",
   "expect": " = "
  },
  {
   "template": "{|% else %}{% endif %}",
   "expectError": "tag \"endif\" not found, line:1, col:12"
  },
  {
   "template": "{% comment %}{% liquid echo 'L' %}{% liquid ec = ho 'L' %}{%- elsif true -%}",
   "expectError": "tag {% comment %} not closed, line:1, col:1"
  },
  {
   "template": "\" decrement  raw ",
   "expect": "\" decrement  raw "
  },
  {
   "template": " comment  break  properties.name  for -",
   "expect": " comment  break  properties.name  for -"
  },
  {
   "template": "{% capture c %}{% cycle 1, 2 %}{{- 'v' -}}",
   "expectError": "tag {% capture c %} not closed, line:1, col:1"
  },
  {
   "template": " assign  'q'  endif  echo  increment , x y \n ",
   "expect": " assign  'q'  endif  echo  increment , x y \n "
  },
  {
   "template": "{% comment %} text {% raw %}",
   "expectError": "tag {% comment %} not closed, line:1, col:1"
  },
  {
   "template": "{% raw %} text {% liquid echo 'L' %}{% endunless %}{% else %}{% endcomment %}{% endcomment %}",
   "expectError": "raw \"{% raw %} text {% liquid echo...\" not closed, line:1, col:10"
  },
  {
   "template": " size  nil ",
   "expect": " size  nil "
  },
  {
   "template": "' raw    assign  unless  endcomment  x ",
   "expect": "' raw    assign  unless  endcomment  x "
  },
  {
   "template": "{% if true %}{% capture c %}{% capture c %}",
   "expectError": "tag {% capture c %} not closed, line:1, col:29"
  },
  {
   "template": "{% endif %}\n{% raw %}{% endcapture %}\n{%- elsif true -%}{% comment %}{% endunless %}",
   "expectError": "raw \"{% raw %}{% endcapture %}\\n{%-...\" not closed, line:2, col:10"
  },
  {
   "template": "  \n  {%- e{{-cho 'e' -%}{% comment %}{%- echo 'e' -%}",
   "expectError": "tag \"e\" not found, line:2, col:3"
  },
  {
   "template": " and  endraw  x ",
   "expect": " and  endraw  x "
  },
  {
   "template": "-}}. when  endcomment  endif 😀",
   "expect": "-}}. when  endcomment  endif 😀"
  },
  {
   "template": " for  comment  liquid   (a",
   "expect": " for  comment  liquid   (a"
  },
  {
   "template": "-%}]{{-\n- elsif  == {{-",
   "expectError": "output \"{{-\\n- elsif  == {{-\" not closed, line:1, col:5"
  },
  {
   "template": "{% endif %}{%- echo 'e' -%}{% unless false %}{% if true %}{% endraw %}{{ properties.na upcase me }}{% increment i %}",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "|",
   "expect": "|"
  },
  {
   "template": ".|a{{ decrement \".",
   "expectError": "output \"{{ decrement \\\".\" not closed, line:1, col:4"
  },
  {
   "template": "é%} comment ( 'q'  #  properties.tags }} assign  and ",
   "expect": "é%} comment ( 'q'  #  properties.tags }} assign  and "
  },
  {
   "template": " == ",
   "expect": " == "
  },
  {
   "template": "\"",
   "expect": "\""
  },
  {
   "template": " or {{- endraw  decrement  properties.name {% \n  endcomment ",
   "expectError": "output \"{{- endraw  decrement  proper...\" not closed, line:1, col:5"
  },
  {
   "template": " nil %} for  ,",
   "expect": " nil %} for  ,"
  },
  {
   "template": "  : endcomment  decrement ' contains  properties.tags ",
   "expect": "  : endcomment  decrement ' contains  properties.tags "
  },
  {
   "template": "{{.:)\" or ",
   "expectError": "output \"{{.:)\\\" or \" not closed, line:1, col:1"
  },
  {
   "template": "{% endcomment %}{% if false %}{% assign x = 'X' %}{% endraw %}{% increment i %}{% increment i %}{% en break dif %}{% else %}",
   "expectError": "tag \"endcomment\" not found, line:1, col:1"
  },
  {
   "template": " raw  for ",
   "expect": " raw  for "
  },
  {
   "template": "{% unless false %}{% endcapture  = %}",
   "expectError": "tag \"endcapture\" not found, line:1, col:19"
  },
  {
   "template": "{% comment %}{{ x }}{% if true %}",
   "expectError": "tag {% comment %} not closed, line:1, col:1"
  },
  {
   "template": " ==  true   ",
   "expect": " ==  true   "
  },
  {
   "template": "{% break %}{% cycle 1, 2 %}{% assign x = 'X' %}{% unless false %}{{ c }}",
   "expectError": "tag {% unless false %} not closed, line:1, col:48"
  },
  {
   "template": "{% liquid echo 'L' %}{% brea and k %}{% endunless %}",
   "expectError": "tag \"brea\" not found, line:1, col:22"
  },
  {
   "template": "' comment ' capture -..%}}}",
   "expect": "' comment ' capture -..%}}}"
  },
  {
   "template": " increment \t not %} cycle éé' if  comment ",
   "expect": " increment \t not %} cycle éé' if  comment "
  },
  {
   "template": "{{ properties.name }}{% endcapture %}  \n  {%- echo 'e' -%}{% liquid echo 'L' %}{% endraw %}{% else %}{% ra unless w %}",
   "expectError": "tag \"endcapture\" not found, line:1, col:22"
  },
  {
   "template": "{% break %}{% unless false %}{% endraw %}{% break %}{% else %}{% assign x = 'X' %}{% unless false %}{% else %}",
   "expectError": "tag \"endraw\" not found, line:1, col:30"
  },
  {
   "template": " for ) properties.name  size  upcase ",
   "expect": " for ) properties.name  size  upcase "
  },
  {
   "template": "{% endunless %}{% raw %}",
   "expectError": "tag \"endunless\" not found, line:1, col:1"
  },
  {
   "template": " # [",
   "expect": " # ["
  },
  {
   "template": " size  upcase ('",
   "expect": " size  upcase ('"
  },
  {
   "template": "\t properties.name  \" ) endraw  capture  endraw  cycle ",
   "expect": "\t properties.name  \" ) endraw  capture  endraw  cycle "
  },
  {
   "template": "\n{% endunless %}{% break %}",
   "expectError": "tag \"endunless\" not found, line:2, col:1"
  },
  {
   "template": "😀a for \n true  not  for ",
   "expect": "😀a for \n true  not  for "
  },
  {
   "template": " endraw -%} liquid  liquid  \n é or  not  raw ",
   "expect": " endraw -%} liquid  liquid  \n é or  not  raw "
  },
  {
   "template": "}} elsif ",
   "expect": "}} elsif "
  },
  {
   "template": "{{- \n  upcase ",
   "expectError": "output \"{{- \\n  upcase \" not closed, line:1, col:1"
  },
  {
   "template": "{% liquid echo 'L' %}{% increment i %}{{ x }}{{ c }}{% break %}{% raw %}{{ c }}{%- elsif true -%}",
   "expectError": "raw \"{% raw %}{{ c }}{%- elsif tru...\" not closed, line:1, col:73"
  },
  {
   "template": "{% else %}{%- echo 'e' -%}{% if false %}",
   "expectError": "tag \"else\" not found, line:1, col:1"
  },
  {
   "template": "{%- echo 'e' -%}{% endunless %}",
   "expectError": "tag \"endunless\" not found, line:1, col:17"
  },
  {
   "template": " \n {{-",
   "expectError": "output \"{{-\" not closed, line:2, col:2"
  },
  {
   "template": " properties.tags    unless  liquid é nil \"",
   "expect": " properties.tags    unless  liquid é nil \""
  },
  {
   "template": " or  == ",
   "expect": " or  == "
  },
  {
   "template": "{{ properties.name }}{% cycle 1 and , 2 %}{% else %}{% if false %}",
   "expectError": "tag \"else\" not found, line:1, col:43"
  },
  {
   "template": " append x y and a capture ]-%} endif :%}",
   "expect": " append x y and a capture ]-%} endif :%}"
  },
  {
   "template": "{{ xa }} text   \n  {% endcomment %}{% comment %}",
   "expectError": "tag \"endcomment\" not found, line:2, col:3"
  },
  {
   "template": "{{ x }}{% comment %}\n{%- echo 'e' -%}{% comment %}{% endraw %}{% cycle 1, 2 % break }",
   "expectError": "tag \"{% cycle 1, 2 % break }\" not closed, line:2, col:42"
  },
  {
   "template": "{% assign x = 'X' %}{%- echo 'e' -%}{% comment %}{% capture c %}{% liquid echo 'L' %}{%- elsif true -%}",
   "expectError": "tag {% comment %} not closed, line:1, col:37"
  },
  {
   "template": ":",
   "expect": ":"
  },
  {
   "template": "-}} cycle  endcomment [ 1  comment ",
   "expect": "-}} cycle  endcomment [ 1  comment "
  },
  {
   "template": "{% if true %}{% cycle 1, 2 %}",
   "expectError": "tag {% if true %} not closed, line:1, col:1"
  },
  {
   "template": "{% liquid echo 'L' %}{{ x }}{% comment %}{% endraw %}",
   "expectError": "tag {% comment %} not closed, line:1, col:29"
  },
  {
   "template": "{% end  if %}",
   "expectError": "tag \"end\" not found, line:1, col:1"
  },
  {
   "template": "{% endif %}{% if true %}{% liquid echo 'L' %}{% comment %}{% endcapture %}{%- echo 'e' -%}{% raw %}",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "{% endif %}{% endraw %}{{- 'v' -}}{% break %}{% if false %}{% assign x = 'X' %}{% endcomment %}",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "{%- elsif true -%}{% endunless %}{% endcapture %}{% capture c %}{% # note %}{% if false %}{% endunless %}",
   "expectError": "tag \"elsif\" not found, line:1, col:1"
  },
  {
   "template": "x y\n..",
   "expect": "x y\n.."
  },
  {
   "template": "{{--%} endunless  capture  # {{-",
   "expectError": "output \"{{--%} endunless  capture  # {{-\" not closed, line:1, col:1"
  },
  {
   "template": "}} raw  'q' ",
   "expect": "}} raw  'q' "
  },
  {
   "template": "{{| x {{ and \t",
   "expectError": "output \"{{| x {{ and \\t\" not closed, line:1, col:1"
  },
  {
   "template": " raw {{-",
   "expectError": "output \"{{-\" not closed, line:1, col:6"
  },
  {
   "template": "{% endunless %}{% if false %}\n{% comment %}{%- elsif true -%}{% endif %}{% unless false %}{%- elsif true -%}",
   "expectError": "tag \"endunless\" not found, line:1, col:1"
  },
  {
   "template": "{% capture c %}{% cycle 1, 2 %}{% break %}{{ c }}",
   "expectError": "tag {% capture c %} not closed, line:1, col:1"
  },
  {
   "template": "x y{{- 'v' -}}",
   "expect": "x yv"
  },
  {
   "template": "{% endraw %}{% cycle 1, 2 %}{% endif %}{% raw %}{% # note %}",
   "expectError": "raw \"{% raw %}{% # note %}\" not closed, line:1, col:49"
  },
  {
   "template": ") not ) #  size  not  echo '",
   "expect": ") not ) #  size  not  echo '"
  },
  {
   "template": " not  true -%}x y-%} endif  endcapture {% decrement |",
   "expectError": "tag \"{% decrement |\" not closed, line:1, col:40"
  },
  {
   "template": "{% # not decrement e %}{%- elsif true -%}{{ c }}{% if true %}{% # note %}",
   "expectError": "tag \"elsif\" not found, line:1, col:24"
  },
  {
   "template": "{% [endif %}\n{% capture c %}",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:4"
  },
  {
   "template": "{{- 'v' -}}{%- elsif true -%}{%- echo 'e' -%}{% else %}{{ properties.name }} text ",
   "expectError": "tag \"elsif\" not found, line:1, col:12"
  },
  {
   "template": " increment ' nil  contains é endunless   . capture \n",
   "expect": " increment ' nil  contains é endunless   . capture \n"
  },
  {
   "template": "\n{%- elsif true -%}\n{% if false %}",
   "expectError": "tag \"elsif\" not found, line:2, col:1"
  },
  {
   "template": ".. contains ( break  unless  properties.tags  and ",
   "expect": ".. contains ( break  unless  properties.tags  and "
  },
  {
   "template": "\" 1 | # %} # ",
   "expect": "\" 1 | # %} # "
  },
  {
   "template": " nil  and  increment \" endif ..{{- echo  elsif }}",
   "expect": " nil  and  increment \" endif .."
  },
  {
   "template": "{% liquid echo 'L' %}{% endunless %} text {% break %}{% unless false %}{% endunless %}{% endraw %}  \n  ",
   "expectError": "tag \"endunless\" not found, line:1, col:22"
  },
  {
   "template": "{{-\n- and [,- true  properties.name  unless ",
   "expectError": "output \"{{-\\n- and [,- true  propertie...\" not closed, line:1, col:1"
  },
  {
   "template": "{{- 'v' -}}{%- elsif true -%}{% endunless %}{% cycle 1, 2 %}{% liquid echo 'L' %}{% if false %}  \n  ",
   "expectError": "tag \"elsif\" not found, line:1, col:12"
  },
  {
   "template": "{% assign x = 'X' %}{% increment i %}{%- echo 'e' -%}{% unless false %}{{ x }}",
   "expectError": "tag {% unless false %} not closed, line:1, col:54"
  },
  {
   "template": "{% increment i %}{% endraw %}{% if false %}",
   "expectError": "tag \"endraw\" not found, line:1, col:18"
  },
  {
   "template": " liquid ( contains  'q' {{-\n- endunless [",
   "expectError": "output \"{{-\\n- endunless [\" not closed, line:1, col:25"
  },
  {
   "template": " capture ' cycle . ==   elsif  endraw  assign a",
   "expect": " capture ' cycle . ==   elsif  endraw  assign a"
  },
  {
   "template": "]",
   "expect": "]"
  },
  {
   "template": "  \n  {% break %}",
   "expect": "  \n  "
  },
  {
   "template": "{% # note %}{% increment i %}{% cycle 1, 2 %}{{ properties.name }}{% raw %}{% endif %}{% c echo apture c %}{{ c }}",
   "expectError": "raw \"{% raw %}{% endif %}{% c echo...\" not closed, line:1, col:76"
  },
  {
   "template": "{% else %}{% endif %}{% if true %}",
   "expectError": "tag \"else\" not found, line:1, col:1"
  },
  {
   "template": "{% # note %}\n{% break %}\n{% break %}{{ c }}{% break %}{% increment i %}",
   "expect": "\n"
  },
  {
   "template": "  endcapture  unless ",
   "expect": "  endcapture  unless "
  },
  {
   "template": " break  append  raw  increment ] when : endcomment {%😀",
   "expectError": "tag \"{%😀\" not closed, line:1, col:52"
  },
  {
   "template": "{% endcomment %}\n{% endif %}{% else %}{%- elsif true -%}{% capture c %}{% incre%}ment i %}{%- elsif true -%}",
   "expectError": "tag \"endcomment\" not found, line:1, col:1"
  },
  {
   "template": "{% capture c %}{{ x }} text \n{{- 'v' -}}{% capture c %}{{ x }}{% raw %}",
   "expectError": "tag {% raw %} not closed, line:2, col:34"
  },
  {
   "template": " capture  raw  = ",
   "expect": " capture  raw  = "
  },
  {
   "template": ":. endcomment ",
   "expect": ":. endcomment "
  },
  {
   "template": " not  raw ",
   "expect": " not  raw "
  },
  {
   "template": "{% # note %}{% # note %}",
   "expect": ""
  },
  {
   "template": "{% endcomment %}{% assign x = 'X' %}{% endunless %}{% # note %}",
   "expectError": "tag \"endcomment\" not found, line:1, col:1"
  },
  {
   "template": " for ) endcomment  1  'q' \" unless ('",
   "expect": " for ) endcomment  1  'q' \" unless ('"
  },
  {
   "template": "- nil  nil ) for 😀-%} break -}}",
   "expect": "- nil  nil ) for 😀-%} break -}}"
  },
  {
   "template": "\n{% endif %}{% # note %}  \n  ",
   "expectError": "tag \"endif\" not found, line:2, col:1"
  },
  {
   "template": " properties.tags  liquid {{   liquid ",
   "expectError": "output \"{{   liquid \" not closed, line:1, col:26"
  },
  {
   "template": "{%- echo 'e' -%}{% raw %}{% endunless %}{%, else %}{% liquid echo 'L' %}{% endraw %}{% assign x = 'X' %}{% endcapture %}",
   "expectError": "tag \"endcapture\" not found, line:1, col:105"
  },
  {
   "template": " properties.name -}}",
   "expect": " properties.name -}}"
  },
  {
   "template": " 1 .",
   "expect": " 1 ."
  },
  {
   "template": "{% liquid echo 'L' %}{% if false %}  \n  {{ properties.name }}{% assign x = '{%X' %}{% increment i %}{% increment i %}{% endcomment %}",
   "expectError": "tag \"endcomment\" not found, line:2, col:80"
  },
  {
   "template": "\n{{%-% # note %}{% increment i %}{% capture c %}{% capture c %}\n",
   "expectError": "output \"{{%-% # note %}{% increment i...\" not closed, line:2, col:1"
  },
  {
   "template": "{% if \ttrue %}{% if true %}{% comment %}{{ x }}{% unless false %}",
   "expectError": "tag {% comment %} not closed, line:1, col:28"
  },
  {
   "template": "{%.. endunless %}{{ c }}  \n  {% break %}",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:3"
  },
  {
   "template": "{% endunless %} text {% else %}{% assign x = 'X' %}{% endcapture %} break {{ x }}",
   "expectError": "tag \"endunless\" not found, line:1, col:1"
  },
  {
   "template": "]{%- raw  ==  'q' ",
   "expectError": "tag \"{%- raw  ==  'q' \" not closed, line:1, col:2"
  },
  {
   "template": "){{- increment  capture  x  == {% properties.name ",
   "expectError": "output \"{{- increment  capture  x  ==...\" not closed, line:1, col:2"
  },
  {
   "template": " assign  contains  nil  for | \n ",
   "expect": " assign  contains  nil  for | \n "
  },
  {
   "template": "{%  'q' increment i %} text ",
   "expectError": "illegal tag syntax, tag name expected, line:1, col:5"
  },
  {
   "template": "-%}",
   "expect": "-%}"
  },
  {
   "template": " capture [-}} increment ",
   "expect": " capture [-}} increment "
  },
  {
   "template": " endcapture {{ assign  not [ and ",
   "expectError": "output \"{{ assign  not [ and \" not closed, line:1, col:13"
  },
  {
   "template": "%}: assign  x {%\n == ..\t true ",
   "expectError": "tag \"{%\\n == ..\\t true \" not closed, line:1, col:15"
  },
  {
   "template": "{% cycle 1, 2 %}{% # note %}{% liquid echo 'L' %}{% increment i %}{% increment i %}{{ c }}{% if true %}{% liquid echo 'L' %}",
   "expectError": "tag {% if true %} not closed, line:1, col:91"
  },
  {
   "template": "{% if true %}{% if true %}{% assign x = 'X' %}{% liquid echo 'L' %}{% raw %}",
   "expectError": "tag {% raw %} not closed, line:1, col:68"
  },
  {
   "template": "{%- echo 'e' -%}{% else %}{% assign x = 'X' %}{% endif %}{% if false %}{% endraw %}{{ properties.name }}{% if false %}",
   "expectError": "tag \"else\" not found, line:1, col:17"
  },
  {
   "template": "{%- elsif true \t-%}{% endunless %}{% assign x = 'X' %}{{- 'v' -}}{%- elsif true -%}",
   "expectError": "tag \"elsif\" not found, line:1, col:1"
  },
  {
   "template": "     true  raw  properties.name  elsif  for  for -}}",
   "expect": "     true  raw  properties.name  elsif  for  for -}}"
  },
  {
   "template": "{% raw %}{%- echo 'e' -%}{% else %}{%- elsif true -%}{% endcomment %}",
   "expectError": "raw \"{% raw %}{%- echo 'e' -%}{% e...\" not closed, line:1, col:10"
  },
  {
   "template": "]",
   "expect": "]"
  },
  {
   "template": "{% if false %}{% assign x = 'X' =  %}{% increment i %}",
   "expectError": "expected \"|\" before filter, line:1, col:34"
  },
  {
   "template": "{% if true %}{% cycle 1, 2 %}{% increment i %}",
   "expectError": "tag {% if true %} not closed, line:1, col:1"
  },
  {
   "template": " not  \n ",
   "expect": " not  \n "
  },
  {
   "template": "- endraw é- upcase {{- unless \t echo ",
   "expectError": "output \"{{- unless \\t echo \" not closed, line:1, col:20"
  },
  {
   "template": "{% cycle 1, 2 %}{{- 'v' -}}{% cycle 1, 2 %}{% liquid echo 'L' %}{{ c }}{% else  break %}{% endraw %}{% endcapture %}",
   "expectError": "tag \"else\" not found, line:1, col:72"
  },
  {
   "template": " append  else ",
   "expect": " append  else "
  },
  {
   "template": " unless %} endraw ",
   "expect": " unless %} endraw "
  },
  {
   "template": "| and -%} break -}} capture  properties.name  not ",
   "expect": "| and -%} break -}} capture  properties.name  not "
  },
  {
   "template": ",\t upcase  else ",
   "expect": ",\t upcase  else "
  },
  {
   "template": "(( properties.name  capture ..{% unless ",
   "expectError": "tag \"{% unless \" not closed, line:1, col:31"
  },
  {
   "template": "  \n  {% endraw %}{% break %}{%- echo 'e' -%}{% cycle 1, 2 %}{% break %}{% cycle 1, 2 %}",
   "expectError": "tag \"endraw\" not found, line:2, col:3"
  },
  {
   "template": "{% unless -}}false %}",
   "expectError": "expected \"|\" before filter, line:1, col:13"
  },
  {
   "template": "{% endraw %}",
   "expectError": "tag \"endraw\" not found, line:1, col:1"
  },
  {
   "template": "{% comment %}{% capture c %} text {% else %}",
   "expectError": "tag {% comment %} not closed, line:1, col:1"
  },
  {
   "template": "{{ properties.name }}{% break %}{% if true %}{% endraw %}{% assign x = 'X' %}{{ c }}{% assign x = 'X' %}{{ properties.name }}",
   "expectError": "tag \"endraw\" not found, line:1, col:46"
  },
  {
   "template": " 1  endraw , or  \n  endcapture ",
   "expect": " 1  endraw , or  \n  endcapture "
  },
  {
   "template": "{% break %}{% endunless %}{% # note %}{% if true %}{% assign x = 'X' %}{% # note %}",
   "expectError": "tag \"endunless\" not found, line:1, col:12"
  },
  {
   "template": " cycle  liquid  liquid {%-😀 # {%-|",
   "expectError": "tag \"{%-😀 # {%-|\" not closed, line:1, col:24"
  },
  {
   "template": " echo  increment  =  endcomment  append : x   ",
   "expect": " echo  increment  =  endcomment  append : x   "
  },
  {
   "template": " else  ==  cycle  size  ==  size  endcapture  raw  append ",
   "expect": " else  ==  cycle  size  ==  size  endcapture  raw  append "
  },
  {
   "template": "'",
   "expect": "'"
  },
  {
   "template": "\n{% break %}",
   "expect": "\n"
  },
  {
   "template": "{{ comment  append ) echo \t ==  \n ",
   "expectError": "output \"{{ comment  append ) echo \\t =...\" not closed, line:1, col:1"
  },
  {
   "template": " # -%}..\n for  and x y endcomment ",
   "expect": " # -%}..\n for  and x y endcomment "
  },
  {
   "template": "{% else %}\n{% unless false %}",
   "expectError": "tag \"else\" not found, line:1, col:1"
  },
  {
   "template": " capture {%-.\n':",
   "expectError": "tag \"{%-.\\n':\" not closed, line:1, col:10"
  },
  {
   "template": " else ..:|",
   "expect": " else ..:|"
  },
  {
   "template": "{% break %} text ",
   "expect": ""
  },
  {
   "template": " not  unless :",
   "expect": " not  unless :"
  },
  {
   "template": "-}} endraw  for  ==  size  endcapture ",
   "expect": "-}} endraw  for  ==  size  endcapture "
  },
  {
   "template": "\t decrement  increment  unless  properties.name {{ size %}:",
   "expectError": "output \"{{ size %}:\" not closed, line:1, col:49"
  },
  {
   "template": " x ",
   "expect": " x "
  },
  {
   "template": "{ and { c }}",
   "expect": "{ and { c }}"
  },
  {
   "template": " endraw :{%-",
   "expectError": "tag \"{%-\" not closed, line:1, col:10"
  },
  {
   "template": " append ' for {% contains  if  size \n nil ",
   "expectError": "tag \"{% contains  if  size \\n nil \" not closed, line:1, col:15"
  },
  {
   "template": "][ or  endraw  increment  true a liquid  # -%}",
   "expect": "][ or  endraw  increment  true a liquid  # -%}"
  },
  {
   "template": "{%- echo 'e' -%}{% endcomment %}{% # note %}{% else %}{% endcapture %}{% unless false %}",
   "expectError": "tag \"endcomment\" not found, line:1, col:17"
  },
  {
   "template": "-}}{{-",
   "expectError": "output \"{{-\" not closed, line:1, col:4"
  },
  {
   "template": " 1 \" endcomment  if  properties.name  x ",
   "expect": " 1 \" endcomment  if  properties.name  x "
  },
  {
   "template": " when é endraw  properties.name {{ capture é",
   "expectError": "output \"{{ capture é\" not closed, line:1, col:33"
  },
  {
   "template": "{{- 'v' -}}{% # note %}{% if true %}",
   "expectError": "tag {% if true %} not closed, line:1, col:24"
  },
  {
   "template": "{% cycle 1, 2 %}{% endcomment %}{% else %}{%- echo 'e' -%}{%- echo 'e' -%}{% if true %}{% raw %}\n",
   "expectError": "raw \"{% raw %}\\n\" not closed, line:1, col:97"
  },
  {
   "template": "{{|    if  upcase   x ya break ",
   "expectError": "output \"{{|    if  upcase   x ya break \" not closed, line:1, col:1"
  },
  {
   "template": "{{- 'v'  not -}}",
   "expect": "false"
  },
  {
   "template": " true ",
   "expect": " true "
  },
  {
   "template": "{% if true %}{% else  cycle 1, 2 %}{% capture c %}",
   "expectError": "unexpected \"cycle 1, 2\", line:1, col:1"
  },
  {
   "template": " # [ append  comment  ==    echo   # ",
   "expect": " # [ append  comment  ==    echo   # "
  },
  {
   "template": "{% increment i %}{% endraw %}\n{% endif %}{% increment i %}{{- 'v' -}}{% # cycle  note %}",
   "expectError": "tag \"endraw\" not found, line:1, col:18"
  },
  {
   "template": "{% assign x = 'X' %}{% break %}{% unless false %}{% capture c %}",
   "expectError": "tag {% capture c %} not closed, line:1, col:50"
  },
  {
   "template": "   elsif )",
   "expect": "   elsif )"
  },
  {
   "template": " text ",
   "expect": " text "
  },
  {
   "template": " if  not x y-}} =  ==   ",
   "expect": " if  not x y-}} =  ==   "
  },
  {
   "template": "{% unless false  capture %}",
   "expectError": "tag {% unless false  capture %} not closed, line:1, col:1"
  },
  {
   "template": "{% if true %}{% endraw %}{% increment i %}{% break %}{% if true %}{% if true %}{%- elsif true -%}",
   "expectError": "tag \"endraw\" not found, line:1, col:14"
  },
  {
   "template": "{{ c }}{% cycle 1, 2 %}{% raw %}{% # note %}{% comment %}{% break %}{% endraw %}",
   "expect": "1{% # note %}{% comment %}{% break %}"
  },
  {
   "template": "{%- elsif true -%}{% else %}{% raw %}{% endcomment %}{{- 'v' -}} text {{ c }}{% break %}",
   "expectError": "raw \"{% raw %}{% endcomment %}{{- ...\" not closed, line:1, col:38"
  },
  {
   "template": " capture  or  endcomment {{\t",
   "expectError": "output \"{{\\t\" not closed, line:1, col:26"
  },
  {
   "template": "{% increment i %}{% endif %}{% assign x = 'X' %}{{ properties.name }}{% increment i %}{% endraw %}",
   "expectError": "tag \"endif\" not found, line:1, col:18"
  },
  {
   "template": "{% unless false %}{{- 'v' -}}{% unless false %}{% break %}{% increment i %}|{{ c }}",
   "expectError": "tag {% unless false %} not closed, line:1, col:30"
  },
  {
   "template": "\n{% raw %}{% increment i %}",
   "expectError": "raw \"{% raw %}{% increment i %}\" not closed, line:2, col:10"
  },
  {
   "template": " endif .{%-,-}}\t #  1 ",
   "expectError": "tag \"{%-,-}}\\t #  1 \" not closed, line:1, col:9"
  },
  {
   "template": "{% endif %}{{- 'v' -}}{{ x }}{% break %}{% capture c %}\n{% endunless %}",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "{%  append if false %}{% else %} text {% cycle 1, 2 %}{{ properties.name }}",
   "expectError": "tag \"append\" not found, line:1, col:1"
  },
  {
   "template": " or  x ",
   "expect": " or  x "
  },
  {
   "template": "-}}   or  unless ( properties.name  endcapture ",
   "expect": "-}}   or  unless ( properties.name  endcapture "
  },
  {
   "template": "{%- echo 'e' -%}{% capture c %}{% endunle endunless ss %}{% raw %}{% endif %}{% capture c %}{% comment %}{% # note %}",
   "expectError": "raw \"{% raw %}{% endif %}{% captur...\" not closed, line:1, col:67"
  },
  {
   "template": ": else ",
   "expect": ": else "
  },
  {
   "template": " unless  break ][ contains ",
   "expect": " unless  break ][ contains "
  },
  {
   "template": "{% endcapture %}{% unless false %}{{ properties.name }}{{ c }}{{ c }}{% increment i %}{% raw %}",
   "expectError": "tag \"endcapture\" not found, line:1, col:1"
  },
  {
   "template": "{%- echo 'e' -%}{% increment i %}",
   "expect": "e0"
  },
  {
   "template": "  {{ decrement  for  liquid  1 ",
   "expectError": "output \"{{ decrement  for  liquid  1 \" not closed, line:1, col:3"
  },
  {
   "template": "{% endcapture %}{% endcapture %}{% # note %}{% increment i %}{% if true %}{{- 'v' -}}{%- echo 'e' -%}",
   "expectError": "tag \"endcapture\" not found, line:1, col:1"
  },
  {
   "template": " if {{ \n  endraw é increment  decrement  size  echo  = ",
   "expectError": "output \"{{ \\n  endraw é increment  dec...\" not closed, line:1, col:5"
  },
  {
   "template": " break  unless   -\t properties.tags  endcapture ",
   "expect": " break  unless   -\t properties.tags  endcapture "
  },
  {
   "template": "{% capture c %}{% if true %}{% else %}{% increment i %}{% endcapture %}{% comment %}{% endcomment %}{% comment %}",
   "expectError": "tag \"endcapture\" not found, line:1, col:56"
  },
  {
   "template": "{% comment %}",
   "expectError": "tag {% comment %} not closed, line:1, col:1"
  },
  {
   "template": " contains - properties.tags  endif ,",
   "expect": " contains - properties.tags  endif ,"
  },
  {
   "template": "\n..",
   "expect": "\n.."
  },
  {
   "template": "a unless  not .é'",
   "expect": "a unless  not .é'"
  },
  {
   "template": "\t",
   "expect": "\t"
  },
  {
   "template": "{{ x }}{% capture c %}{% liquid echo 'L' %}{% endraw %}{% #  assign x = 'X' %}{%- elsif true -%}{% endif %}",
   "expectError": "tag \"endraw\" not found, line:1, col:44"
  },
  {
   "template": "{%- echo 'e' -%}{% raw %}{% raw %}{% raw %}{% capture c %}{% comment %}{% assign x = 'X' %}",
   "expectError": "raw \"{% raw %}{% raw %}{% raw %}{%...\" not closed, line:1, col:26"
  },
  {
   "template": " for  nil  endraw \" echo     ",
   "expect": " for  nil  endraw \" echo     "
  },
  {
   "template": " append  endif  1 ",
   "expect": " append  endif  1 "
  },
  {
   "template": "- =  increment  increment  else ",
   "expect": "- =  increment  increment  else "
  },
  {
   "template": "{% increment i %}  \n  ",
   "expect": "0  \n  "
  },
  {
   "template": " capture é{{- 1  nil ]  -}}-%}",
   "expectError": "expected \"|\" before filter, line:1, col:23"
  },
  {
   "template": " x    when [",
   "expect": " x    when ["
  },
  {
   "template": "{% endif %}{% else %} decrement ",
   "expectError": "tag \"endif\" not found, line:1, col:1"
  },
  {
   "template": "{% increment i %}{% unless false %}{%é comment %}{% else %}{% break %}{% if true %}{{ x }}",
   "expectError": "tag \"é\" not found, line:1, col:36"
  },
  {
   "template": "{% capture c %}{% break %}{% unles else s false %}{{ x }}{% if false %}{% endcomment %}{% endif %}{% raw %}",
   "expectError": "tag \"unles\" not found, line:1, col:27"
  },
  {
   "template": "{{ properties.n upcase ame }}{% increment i %} text {% capture c %}{% # note %}{% endraw %}{% else %}",
   "expectError": "tag \"endraw\" not found, line:1, col:80"
  },
  {
   "template": " elsif ., \n -}}",
   "expect": " elsif ., \n -}}"
  },
  {
   "template": " endunless  else  \n  upcase  ==  and [ elsif -{%",
   "expectError": "tag \"{%\" not closed, line:2, col:28"
  },
  {
   "template": "[ or ",
   "expect": "[ or "
  },
  {
   "template": " 'q' ",
   "expect": " 'q' "
  },
  {
   "template": " endunless  if  = ",
   "expect": " endunless  if  = "
  },
  {
   "template": "  \n   capture ",
   "expect": "  \n   capture "
  },
  {
   "template": " cycle  properties.name  upcase  endunless   %} \n  for ",
   "expect": " cycle  properties.name  upcase  endunless   %} \n  for "
  },
  {
   "template": "{% if true %}{{ properties.name }}\n text {% cycle 1, 2 %}{% break %}  \n  {{- 'v' -}}",
   "expectError": "tag {% if true %} not closed, line:1, col:1"
  },
  {
   "template": " cycle \" true aéx y\"",
   "expect": " cycle \" true aéx y\""
  },
  {
   "template": "{% liquid echo 'L' %}{% liquid echo 'L' %}{{ properties.name }}{% # note %}{% else %}{% endraw %}{% if true %}",
   "expectError": "tag \"else\" not found, line:1, col:76"
  },
  {
   "template": "{% increment i %}{% break %}{% endcomment %}{% liquid echo 'L' %}",
   "expectError": "tag \"endcomment\" not found, line:1, col:29"
  },
  {
   "template": "}}- capture ",
   "expect": "}}- capture "
  },
  {
   "template": "\t[ ",
   "expect": "\t[ "
  },
  {
   "template": "{%- elsif true -%}\n",
   "expectError": "tag \"elsif\" not found, line:1, col:1"
  },
  {
   "template": " assign }} -}}{{",
   "expectError": "output \"{{\" not closed, line:1, col:15"
  },
  {
   "template": " when  =  break  not  or  # ",
   "expect": " when  =  break  not  or  # "
  },
  {
   "template": " endcapture  contains  append ",
   "expect": " endcapture  contains  append "
  },
  {
   "template": " or ,-",
   "expect": " or ,-"
  },
  {
   "template": " not \n size | endif ",
   "expect": " not \n size | endif "
  },
  {
   "template": "{{- 'v' -}}{% endunless %}{% liquid echo 'L' %}{% raw %}  \n   text {% assign x = 'X' %}{%- echo 'e' -%}",
   "expectError": "raw \"{% raw %}  \\n   text {% assign...\" not closed, line:1, col:57"
  },
  {
   "template": "{% endcapture %}{% endif %}{%- elsif true -%}{% break %}{% raw %}{{ c }}",
   "expectError": "raw \"{% raw %}{{ c }}\" not closed, line:1, col:66"
  },
  {
   "template": "{% cycle 1, 2 %}{% comment %}\n text ",
   "expectError": "tag {% comment %} not closed, line:1, col:17"
  },
  {
   "template": "{% assign v = == == : %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:22"
  },
  {
   "template": "{% cycle email \"tags\" andtraitspropertiesfalseproductstraits %}{% cycle email \"tags\" andtraitspropertiesfalseproductstraits %}",
   "expect": "tags"
  },
  {
   "template": "{{ name?emptynameor'x.?0>not  }}",
   "expectError": "output \"{{ name?emptynameor'x.?0>not  }}\" not closed, line:1, col:1"
  },
  {
   "template": "{{ 1.5-<=products) email obj a-b }}",
   "expectError": "expected \"|\" before filter, line:1, col:19"
  },
  {
   "template": "{{ not(1.5 ==firstcontainsupcaselast }}",
   "expectError": "invalid range syntax, line:1, col:13"
  },
  {
   "template": "{{ 'name' \\ }}",
   "expectError": "expected \"|\" before filter, line:1, col:12"
  },
  {
   "template": "{{ not ?  }}",
   "expect": "true"
  },
  {
   "template": "{{ upcase empty\"tags\" 'name' sizesize ,]products1 }}",
   "expectError": "expected \"|\" before filter, line:1, col:40"
  },
  {
   "template": "{% assign v = name and 3json? properties>= last 3'name' products %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{{ <=allow_falsetags-name3pluswherex1.5 a-btags }}",
   "expect": "false"
  },
  {
   "template": "{% if and <=)traitson_salenil>= split,or | %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:14"
  },
  {
   "template": "{{ last  }}",
   "expect": ""
  },
  {
   "template": "{{ .falsexjoin ==+obj-1]]. < }}",
   "expectError": "expected \"|\" before filter, line:1, col:19"
  },
  {
   "template": "{% if x-1 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if pluson_saleempty\"tags\"join(  %}T{% else %}F{% endif %}",
   "expectError": "unexpected token \"\", value expected, line:1, col:34"
  },
  {
   "template": "{% if nil  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% cycle 1traitslastwhereplus \"tags\" ..' upcase namelast,  %}{% cycle 1traitslastwhereplus \"tags\" ..' upcase namelast,  %}",
   "expect": "tags"
  },
  {
   "template": "{% if default email >= ] nil %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:25"
  },
  {
   "template": "{% if upcase ,' and (empty(products-]xblank %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:15"
  },
  {
   "template": "{% if +  %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"+\", line:1, col:7"
  },
  {
   "template": "{% if and lastproducts.-name| false %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if emailplusupcase.. json [<=>= %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:23"
  },
  {
   "template": "{% assign v = 1blank obj -  %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{{ default  <=lastemptydefault \\'name'(on_sale\\[  }}",
   "expectError": "expected \"|\" before filter, line:1, col:33"
  },
  {
   "template": "{{ , last ?]\\) appendx + }}",
   "expectError": "invalid value expression: \", last ?]\\\\) appendx +\", line:1, col:4"
  },
  {
   "template": "{{ upcase  }}",
   "expect": ""
  },
  {
   "template": "{% if split contains3  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ lastplusplus> ---empty])size where  }}",
   "expectError": "expected \"|\" before filter, line:1, col:27"
  },
  {
   "template": "{% if contains name %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = <properties 1.5,>splitfirst-1 traitsand,== %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:31"
  },
  {
   "template": "{{ .. email >-  }}",
   "expectError": "invalid value expression: \".. email >-\", line:1, col:4"
  },
  {
   "template": "{{ split obj (tagsdefault nil empty }}",
   "expectError": "invalid range syntax, line:1, col:28"
  },
  {
   "template": "{{ append|size, blankon_sale-\"tags\" ] allow_falsefirst }}",
   "expectError": "expected \":\" after filter name, line:1, col:15"
  },
  {
   "template": "{{ name >=+  }}",
   "expectError": "expected \"|\" before filter, line:1, col:12"
  },
  {
   "template": "{% cycle ] %}{% cycle ] %}",
   "expectError": "empty candidates: \"{% cycle ] %}\", line:1, col:11"
  },
  {
   "template": "{% if  ( ( and[default) name size  %}T{% else %}F{% endif %}",
   "expectError": "[ not closed, line:1, col:34"
  },
  {
   "template": "{% if x. first<=whereemailjson+) 1 split  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:32"
  },
  {
   "template": "{% cycle ,) %}{% cycle ,) %}",
   "expectError": "empty candidates: \"{% cycle ,) %}\", line:1, col:12"
  },
  {
   "template": "{% cycle properties\"tags\"   .x 'name' %}{% cycle properties\"tags\"   .x 'name' %}",
   "expect": "[object Object]tags"
  },
  {
   "template": "{% if contains)contains :?json3nilsize  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:16"
  },
  {
   "template": "{% cycle true.false- ) ] %}{% cycle true.false- ) ] %}",
   "expect": ""
  },
  {
   "template": "{{ first :'name'-empty >objx  }}",
   "expectError": "expected \"|\" before filter, line:1, col:11"
  },
  {
   "template": "{% assign v = ..<=name join)traitsfalse %}{{ v }}",
   "expectError": "invalid value expression: \"..<=name join)traitsfalse\", line:1, col:15"
  },
  {
   "template": "{{ -1 ..lastplusproperties where : allow_false(.. not+ }}",
   "expectError": "expected \"|\" before filter, line:1, col:8"
  },
  {
   "template": "{% if >=>last  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if \\ productsobjfirst   traitstraitssplitnilon_sale %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"\\\\ productsobjfirst   traitstr...\", line:1, col:7"
  },
  {
   "template": "{% if blank1.5] empty %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:16"
  },
  {
   "template": "{{ )>= >=name splitjson andpropertiesallow_false }}",
   "expectError": "invalid value expression: \")>= >=name splitjson andprope...\", line:1, col:4"
  },
  {
   "template": "{{ 'tagsobj x .  }}",
   "expectError": "output \"{{ 'tagsobj x .  }}\" not closed, line:1, col:1"
  },
  {
   "template": "{% if <contains not!= . firstsizeobjblank > contains .. %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:55"
  },
  {
   "template": "{% assign v = join  %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{{ 1 split ?size }}",
   "expect": "1"
  },
  {
   "template": "{{ email }}",
   "expect": ""
  },
  {
   "template": "{{ ,tags\"tags\"1.5emptyjoin }}",
   "expectError": "invalid value expression: \",tags\\\"tags\\\"1.5emptyjoin\", line:1, col:4"
  },
  {
   "template": "{% if 'name' x %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if obj)  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:11"
  },
  {
   "template": "{{ .1.. true3!= traits ' default }}",
   "expectError": "output \"{{ .1.. true3!= traits ' defa...\" not closed, line:1, col:1"
  },
  {
   "template": "{{ email sizename >=split1  }}",
   "expect": ""
  },
  {
   "template": "{% if blank %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 1a-band:first  }}",
   "expectError": "expected \"|\" before filter, line:1, col:12"
  },
  {
   "template": "{% if lasttags: [upcase %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:16"
  },
  {
   "template": "{% if ,last|  %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \",last|\", line:1, col:7"
  },
  {
   "template": "{% cycle tags?contains ]  %}{% cycle tags?contains ]  %}",
   "expect": ""
  },
  {
   "template": "{% if nota-bnameblank %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if \"tags\"!= (name)whereproperties  %}T{% else %}F{% endif %}",
   "expectError": "invalid range syntax, line:1, col:22"
  },
  {
   "template": "{% if <?and(' split'<=appendsplit 1.5 %}T{% else %}F{% endif %}",
   "expectError": "invalid range syntax, line:1, col:22"
  },
  {
   "template": "{{ + [3 ,notdefaulta-b. truejson) 1  }}",
   "expectError": "invalid value expression: \"+ [3 ,notdefaulta-b. truejson) 1\", line:1, col:4"
  },
  {
   "template": "{% assign v = wheresplit %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{% cycle >= ' contains'name'  %}{% cycle >= ' contains'name'  %}",
   "expectError": "empty candidates: \"{% cycle >= ' contains'name'  %}\", line:1, col:29"
  },
  {
   "template": "{{ -1andtags\\obj'name' }}",
   "expectError": "expected \"|\" before filter, line:1, col:14"
  },
  {
   "template": "{% cycle tagsblank0contains : < :1 %}{% cycle tagsblank0contains : < :1 %}",
   "expectError": "empty candidates: \"{% cycle tagsblank0contains : < :1 %}\", line:1, col:35"
  },
  {
   "template": "{{ 0size'allow_false> jsonon_sale  -1  }}",
   "expectError": "output \"{{ 0size'allow_false> jsonon_...\" not closed, line:1, col:1"
  },
  {
   "template": "{% if sizeblankdefault|propertiesnametraits'containsname\"tags\" %}T{% else %}F{% endif %}",
   "expectError": "expected \":\" after filter name, line:1, col:44"
  },
  {
   "template": "{% if ..joinempty 'name' obj]a-b==upcase %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"..joinempty 'name' obj]a-b==u...\", line:1, col:7"
  },
  {
   "template": "{% cycle traits? name,..default1 %}{% cycle traits? name,..default1 %}",
   "expect": ""
  },
  {
   "template": "{% if empty>  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% cycle \"tags\" emptytags %}{% cycle \"tags\" emptytags %}",
   "expect": "tags"
  },
  {
   "template": "{% cycle split not %}{% cycle split not %}",
   "expect": ""
  },
  {
   "template": "{% if default jsonempty %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ ,  }}",
   "expectError": "invalid value expression: \",\", line:1, col:4"
  },
  {
   "template": "{{ properties on_salewhere[ ==niltraits>=  trueblank }}",
   "expectError": "[ not closed, line:1, col:53"
  },
  {
   "template": "{% if 'name'xnot %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ or 0or tagsxon_sale> }}",
   "expect": "false"
  },
  {
   "template": "{% if allow_false- <=1+ upcaseempty ?or %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:24"
  },
  {
   "template": "{% assign v = split) \"tags\" and] \"tags\"allow_false!= or3   %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:21"
  },
  {
   "template": "{{ email jsonjointrue) 'name' properties 1 contains 3 !=  }}",
   "expectError": "expected \"|\" before filter, line:1, col:23"
  },
  {
   "template": "{{ join plusempty \"tags\"(\\last( -a-b - }}",
   "expectError": "unexpected token \"\\\\last( -a-b -\", value expected, line:1, col:26"
  },
  {
   "template": "{% if a-btags firstfirstandcontains  'name'where] %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:50"
  },
  {
   "template": "{% if 'name' \"tags\"nil a-b  %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ tags  }}",
   "expect": ""
  },
  {
   "template": "{{ nil'name'last>'name'\"tags\" last blank'name'email }}",
   "expect": ""
  },
  {
   "template": "{% cycle -x allow_false]append0email append plus <=[  %}{% cycle -x allow_false]append0email append plus <=[  %}",
   "expect": ""
  },
  {
   "template": "{% if obj  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ size >=upcase }}",
   "expect": "false"
  },
  {
   "template": "{% if xdefaultobjon_sale email==x %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if \\  <=| traits !=1 1laston_saleupcaseallow_false %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"\\\\  <=| traits !=1 1laston_sal...\", line:1, col:7"
  },
  {
   "template": "{% cycle +. [products 0 %}{% cycle +. [products 0 %}",
   "expectError": "empty candidates: \"{% cycle +. [products 0 %}\", line:1, col:24"
  },
  {
   "template": "{% if upcaseappend..  traits\"tags\" ?( %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:20"
  },
  {
   "template": "{% assign v = not plus] obj[ plus >===.. %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:24"
  },
  {
   "template": "{% if 'name'  %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ append  }}",
   "expect": ""
  },
  {
   "template": "{% cycle ?trueplusallow_falsedefault jsonon_sale'jsonemail!=tags %}{% cycle ?trueplusallow_falsedefault jsonon_sale'jsonemail!=tags %}",
   "expect": ""
  },
  {
   "template": "{{ x.ornamenot last\\\\falsedefault +   }}",
   "expectError": "expected \"|\" before filter, line:1, col:21"
  },
  {
   "template": "{% if a-b-1 split %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ containslast andtraits[ }}",
   "expectError": "[ not closed, line:1, col:27"
  },
  {
   "template": "{{ traitstraits size<=traitsproductsblank join3 -) }}",
   "expectError": "expected \"|\" before filter, line:1, col:51"
  },
  {
   "template": "{{ \\ blank plus 'name'and<=json1.5 }}",
   "expectError": "invalid value expression: \"\\\\ blank plus 'name'and<=json1.5\", line:1, col:4"
  },
  {
   "template": "{% cycle -1  %}{% cycle -1  %}",
   "expect": "-1-1"
  },
  {
   "template": "{% cycle ..json blank(joinupcasewhere-1 size==  %}{% cycle ..json blank(joinupcasewhere-1 size==  %}",
   "expectError": "empty candidates: \"{% cycle ..json blank(joinupcasewhere-1 size==  %}\", line:1, col:47"
  },
  {
   "template": "{{ firstfirstwhere \"tags\"where  }}",
   "expect": ""
  },
  {
   "template": "{% if 3   or allow_false..  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:26"
  },
  {
   "template": "{% if 1.5 properties niltrueemail'name' %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ join 1.5 !=+ ..and orappend }}",
   "expectError": "expected \"|\" before filter, line:1, col:16"
  },
  {
   "template": "{{ containsupcase!=: ,default \"tags\"append }}",
   "expectError": "expected \"|\" before filter, line:1, col:21"
  },
  {
   "template": "{{ size\"tags\" wheresize default.. containsnila-b >= [ }}",
   "expectError": "expected \"|\" before filter, line:1, col:33"
  },
  {
   "template": "{{ on_saleemail1 joinnotlast }}",
   "expect": ""
  },
  {
   "template": "{% if , emptyandtraitsfirst+ traits %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \", emptyandtraitsfirst+ traits\", line:1, col:7"
  },
  {
   "template": "{% if \"tags\"  %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ ,0+ a-b.3 + }}",
   "expectError": "invalid value expression: \",0+ a-b.3 +\", line:1, col:4"
  },
  {
   "template": "{% cycle +'name' )<truetraits >=empty-1+ %}{% cycle +'name' )<truetraits >=empty-1+ %}",
   "expectError": "empty candidates: \"{% cycle +'name' )<truetraits >=empty-1+ %}\", line:1, col:41"
  },
  {
   "template": "{% if -1 jointags a-b  %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if 1, json  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:9"
  },
  {
   "template": "{{ ]\"tags\"size plus\\   or==x }}",
   "expectError": "invalid value expression: \"]\\\"tags\\\"size plus\\\\   or==x\", line:1, col:4"
  },
  {
   "template": "{% assign v = -1 %}{{ v }}",
   "expect": "-1"
  },
  {
   "template": "{% assign v = 'join: \\ size\\ ornil,<=obj %}{{ v }}",
   "expect": "join:  size ornil,<=ob"
  },
  {
   "template": "{{ propertiesappend !=where ' 1.5 }}",
   "expectError": "output \"{{ propertiesappend !=where '...\" not closed, line:1, col:1"
  },
  {
   "template": "{{ plus1.5tags1.5 \"tags\"> nilcontains }}",
   "expect": ""
  },
  {
   "template": "{% if true1.5traitsproducts[traitsxsplit)..  %}T{% else %}F{% endif %}",
   "expectError": "[ not closed, line:1, col:44"
  },
  {
   "template": "{{ \"tags\":join\"tags\"on_sale!=  }}",
   "expectError": "expected \"|\" before filter, line:1, col:11"
  },
  {
   "template": "{{ wheretraits |last last < 'name' traits[<a-b }}",
   "expectError": "expected \":\" after filter name, line:1, col:22"
  },
  {
   "template": "{% if joinempty|( x ]..x appendjson %}T{% else %}F{% endif %}",
   "expectError": "expected filter name, line:1, col:17"
  },
  {
   "template": "{% cycle defaultand empty 0, emailpropertiesa-b blank %}{% cycle defaultand empty 0, emailpropertiesa-b blank %}",
   "expect": ""
  },
  {
   "template": "{% assign v = !=allow_falsecontains  %}{{ v }}",
   "expect": "false"
  },
  {
   "template": "{{ <|jsondefault }}",
   "expect": "false"
  },
  {
   "template": "{{ first \"tags\" last >=obj  }}",
   "expect": ""
  },
  {
   "template": "{{ == default<size }}",
   "expect": "false"
  },
  {
   "template": "{{ contains 1 -\"tags\" }}",
   "expect": "1"
  },
  {
   "template": "{{ nameblankandproperties traits: |append or 1.5  }}",
   "expectError": "expected \"|\" before filter, line:1, col:34"
  },
  {
   "template": "{% if |-a-b properties. obj json ==first %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"|-a-b properties. obj json ==...\", line:1, col:7"
  },
  {
   "template": "{{ 0upcasejson >\\ }}",
   "expectError": "expected \"|\" before filter, line:1, col:18"
  },
  {
   "template": "{{ products. }}",
   "expect": ""
  },
  {
   "template": "{{ name\\  }}",
   "expectError": "expected \"|\" before filter, line:1, col:9"
  },
  {
   "template": "{{ ,emailplus-1.5 ] ( falseempty>= }}",
   "expectError": "invalid value expression: \",emailplus-1.5 ] ( falseempty>=\", line:1, col:4"
  },
  {
   "template": "{% cycle [\\==?plusjoinupcase +email1.5 products!=  %}{% cycle [\\==?plusjoinupcase +email1.5 products!=  %}",
   "expectError": "[ not closed, line:1, col:50"
  },
  {
   "template": "{% cycle or %}{% cycle or %}",
   "expect": ""
  },
  {
   "template": "{{ 0< }}",
   "expect": "false"
  },
  {
   "template": "{% assign v = tagspropertiesobj1.. ?json?  %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:34"
  },
  {
   "template": "{% assign v = - and..jsonproperties  %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:21"
  },
  {
   "template": "{% assign v = >= nil> ) join  %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:24"
  },
  {
   "template": "{{ falseemail allow_false| <=blank notwheresplit(  }}",
   "expectError": "expected filter name, line:1, col:28"
  },
  {
   "template": "{{ default, }}",
   "expectError": "expected \"|\" before filter, line:1, col:12"
  },
  {
   "template": "{{ traits 0json json1blank>=first email  }}",
   "expect": "[object Object]"
  },
  {
   "template": "{% assign v = \"tags\".  %}{{ v }}",
   "expect": "tags"
  },
  {
   "template": "{% assign v = [ <=nil %}{{ v }}",
   "expectError": "[ not closed, line:1, col:22"
  },
  {
   "template": "{% if \"tags\"tags  ,wheredefaultsize %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:20"
  },
  {
   "template": "{% if allow_falsedefaulttags( %}T{% else %}F{% endif %}",
   "expectError": "unexpected token \"\", value expected, line:1, col:30"
  },
  {
   "template": "{% cycle products ' joinproducts>  %}{% cycle products ' joinproducts>  %}",
   "expect": " joinproducts"
  },
  {
   "template": "{{ not:\"tags\" }}",
   "expectError": "expected \"|\" before filter, line:1, col:8"
  },
  {
   "template": "{{ <= tags < }}",
   "expect": "false"
  },
  {
   "template": "{{ :? }}",
   "expectError": "invalid value expression: \":?\", line:1, col:4"
  },
  {
   "template": "{% if ] <=(empty  %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"] <=(empty\", line:1, col:7"
  },
  {
   "template": "{{ upcase emaildefault. }}",
   "expect": ""
  },
  {
   "template": "{{ tags }}",
   "expect": ""
  },
  {
   "template": "{{ on_sale!= 1.5<a-b >objcontainsupcase  }}",
   "expect": "true"
  },
  {
   "template": "{{ emptyblank == 0default..[ empty-1 tags not  }}",
   "expectError": "expected \"|\" before filter, line:1, col:27"
  },
  {
   "template": "{% cycle [-1jointraits\"tags\" upcasefalse %}{% cycle [-1jointraits\"tags\" upcasefalse %}",
   "expectError": "[ not closed, line:1, col:41"
  },
  {
   "template": "{{ falsetags 1.5split traitsfirst nil+ 0< ? }}",
   "expectError": "expected \"|\" before filter, line:1, col:39"
  },
  {
   "template": "{{ true? objjson allow_false  }}",
   "expect": ""
  },
  {
   "template": "{{ \"tags\"==< }}",
   "expect": "false"
  },
  {
   "template": "{{ traits<last-1  }}",
   "expect": "false"
  },
  {
   "template": "{% cycle size ]size %}{% cycle size ]size %}",
   "expect": ""
  },
  {
   "template": "{% if != <-1or default (upcaseproductson_salex %}T{% else %}F{% endif %}",
   "expectError": "invalid range syntax, line:1, col:48"
  },
  {
   "template": "{% if ..? ?false  %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"..? ?false\", line:1, col:7"
  },
  {
   "template": "{{ .where }}",
   "expect": ""
  },
  {
   "template": "{{ )allow_false3pluson_salenot ] append ==| empty }}",
   "expectError": "invalid value expression: \")allow_false3pluson_salenot ]...\", line:1, col:4"
  },
  {
   "template": "{% assign v = objfalse0true json\"tags\"obj == products splitor )  %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:64"
  },
  {
   "template": "{% if a-b<=join |json a-b(' where true or properties %}T{% else %}F{% endif %}",
   "expectError": "expected \":\" after filter name, line:1, col:23"
  },
  {
   "template": "{{ obj <=tags 'name'[ email json1 or }}",
   "expectError": "[ not closed, line:1, col:37"
  },
  {
   "template": "{% if plustags upcase and 'name'\"tags\" %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ allow_false < traits splittraits containsname'name'|appendnil>= }}",
   "expectError": "expected \":\" after filter name, line:1, col:65"
  },
  {
   "template": "{{ last ' 1.5 ,or and <= \\1.5true, ] }}",
   "expectError": "output \"{{ last ' 1.5 ,or and <= \\\\1.5...\" not closed, line:1, col:1"
  },
  {
   "template": "{{ \\append==false|| \\obj0not 1.5 }}",
   "expectError": "invalid value expression: \"\\\\append==false|| \\\\obj0not 1.5\", line:1, col:4"
  },
  {
   "template": "{% if products %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ emptyon_sale productsandand }}",
   "expect": ""
  },
  {
   "template": "{{ )products first?blank==3\\ 0 }}",
   "expectError": "invalid value expression: \")products first?blank==3\\\\ 0\", line:1, col:4"
  },
  {
   "template": "{% if ?truewherejson %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ [ false\\obj join| }}",
   "expectError": "[ not closed, line:1, col:21"
  },
  {
   "template": "{{ upcase'upcase 1.5nil..blank|..append-1 }}",
   "expectError": "output \"{{ upcase'upcase 1.5nil..blan...\" not closed, line:1, col:1"
  },
  {
   "template": "{% if plus '  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if plus 1 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ blank?| false products ,first\\  }}",
   "expectError": "expected \":\" after filter name, line:1, col:18"
  },
  {
   "template": "{% assign v = properties]|products:) orwhere xor nil.. %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:26"
  },
  {
   "template": "{% assign v = |(upcase-| %}{{ v }}",
   "expectError": "invalid value expression: \"|(upcase-|\", line:1, col:15"
  },
  {
   "template": "{% assign v = obj first %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{% if ?and: json==< \"tags\"appendtraits-falselast %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:12"
  },
  {
   "template": "{% if \\email !=-1or %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"\\\\email !=-1or\", line:1, col:7"
  },
  {
   "template": "{% cycle )==x0x on_saledefault'name'append3|  %}{% cycle )==x0x on_saledefault'name'append3|  %}",
   "expectError": "empty candidates: \"{% cycle )==x0x on_saledefault'name'append3|  %}\", line:1, col:45"
  },
  {
   "template": "{{ a-b > 'name' <0  }}",
   "expect": "false"
  },
  {
   "template": "{{  where.  }}",
   "expect": ""
  },
  {
   "template": "{{ ==  }}",
   "expect": "true"
  },
  {
   "template": "{% cycle obj true lastx+products  ==? %}{% cycle obj true lastx+products  ==? %}",
   "expect": "true"
  },
  {
   "template": "{% if  ]. %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"].\", line:1, col:8"
  },
  {
   "template": "{{ split defaultproductsjson }}",
   "expect": ""
  },
  {
   "template": "{{ .' ==split lastallow_falseobj[ not  }}",
   "expectError": "output \"{{ .' ==split lastallow_false...\" not closed, line:1, col:1"
  },
  {
   "template": "{% if 1.5 plus >=obj'name' json not]true( %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:37"
  },
  {
   "template": "{% if jsonproducts on_sale \"tags\"lastorx..email  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:42"
  },
  {
   "template": "{{ nil ) true >=join  }}",
   "expectError": "expected \"|\" before filter, line:1, col:9"
  },
  {
   "template": "{% assign v = where'a-bcontainsornot last>] empty firstdefault %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{% assign v = last1.5]..  %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:23"
  },
  {
   "template": "{% assign v = <obj1 %}{{ v }}",
   "expect": "false"
  },
  {
   "template": "{{ \\==blank allow_false1.51 >= }}",
   "expectError": "invalid value expression: \"\\\\==blank allow_false1.51 >=\", line:1, col:4"
  },
  {
   "template": "{% if \"tags\"lastx(3a-bemail or  %}T{% else %}F{% endif %}",
   "expectError": "invalid range syntax, line:1, col:30"
  },
  {
   "template": "{{ size)- empty\\+> 3append -1not or }}",
   "expectError": "expected \"|\" before filter, line:1, col:9"
  },
  {
   "template": "{{ >last }}",
   "expect": "false"
  },
  {
   "template": "{% assign v = appendplus or1.5name %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{% if emailobj| 'blanksplit %}T{% else %}F{% endif %}",
   "expectError": "expected filter name, line:1, col:17"
  },
  {
   "template": "{% cycle ] size-1a-bupcase append %}{% cycle ] size-1a-bupcase append %}",
   "expectError": "empty candidates: \"{% cycle ] size-1a-bupcase append %}\", line:1, col:34"
  },
  {
   "template": "{% cycle 1.5 <='name'- false ? .. != %}{% cycle 1.5 <='name'- false ? .. != %}",
   "expect": "1.51.5"
  },
  {
   "template": "{% if != obj |+[ email0 json where  %}T{% else %}F{% endif %}",
   "expectError": "expected filter name, line:1, col:15"
  },
  {
   "template": "{{ email)appendor not tags- >= \"tags\" emailnametraits }}",
   "expectError": "expected \"|\" before filter, line:1, col:10"
  },
  {
   "template": "{% if sizeemailon_sale not-and-\\on_sale %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:33"
  },
  {
   "template": "{% if -1 ( first %}T{% else %}F{% endif %}",
   "expectError": "invalid range syntax, line:1, col:18"
  },
  {
   "template": "{% if upcase |on_sale.1.5blankfalseemail1-1 products  %}T{% else %}F{% endif %}",
   "expectError": "expected \":\" after filter name, line:1, col:22"
  },
  {
   "template": "{% cycle [>1.5size:default' | %}{% cycle [>1.5size:default' | %}",
   "expectError": "[ not closed, line:1, col:30"
  },
  {
   "template": "{% cycle nameappendlast\\ traits json1.5obj<= -last %}{% cycle nameappendlast\\ traits json1.5obj<= -last %}",
   "expect": ""
  },
  {
   "template": "{{ 0 <!=email1.5 ]products >= on_salefirst }}",
   "expectError": "expected \"|\" before filter, line:1, col:19"
  },
  {
   "template": "{{ json a-b \\ .  }}",
   "expectError": "expected \"|\" before filter, line:1, col:14"
  },
  {
   "template": "{% if 'name'allow_falsex orappendpropertiestruejsonor size  %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ firstblankallow_false }}",
   "expect": ""
  },
  {
   "template": "{{ \"tags\"plus,+<=defaultlast ' }}",
   "expectError": "output \"{{ \\\"tags\\\"plus,+<=defaultlast ...\" not closed, line:1, col:1"
  },
  {
   "template": "{% if containsnil -11split %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if not -1 nil== first ) allow_false or  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:27"
  },
  {
   "template": "{{ tags -1 .+>=tags blankfirst nil }}",
   "expectError": "expected \"|\" before filter, line:1, col:14"
  },
  {
   "template": "{% if or join<===\"tags\"not:3[' not'name' %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:28"
  },
  {
   "template": "{% if nila-b !=allow_falsenotsize \\true'true1 %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:36"
  },
  {
   "template": "{% if append >|append|join.\"tags\" .  %}T{% else %}F{% endif %}",
   "expectError": "expected \":\" after filter name, line:1, col:27"
  },
  {
   "template": "{{ -1+allow_false > obj[!=or  }}",
   "expectError": "expected \"|\" before filter, line:1, col:7"
  },
  {
   "template": "{% if split  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ last> traitsproducts !=  }}",
   "expect": "false"
  },
  {
   "template": "{% if ==emaillastcontains where nil <joinand %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{  blank|,json name truefalse }}",
   "expectError": "expected filter name, line:1, col:11"
  },
  {
   "template": "{% if false %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ <=)) last? -1 ['true .>= nil  }}",
   "expectError": "output \"{{ <=)) last? -1 ['true .>= n...\" not closed, line:1, col:1"
  },
  {
   "template": "{{ on_sale\\default[sizedefault\"tags\":\\join0-  }}",
   "expectError": "expected \"|\" before filter, line:1, col:12"
  },
  {
   "template": "{% if 1>=)blank<=  default %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:11"
  },
  {
   "template": "{{ not  }}",
   "expect": "true"
  },
  {
   "template": "{{ or false\"tags\"| < > append!=upcaseobjupcase.  }}",
   "expectError": "expected filter name, line:1, col:20"
  },
  {
   "template": "{{ size  blank'name' }}",
   "expect": "0"
  },
  {
   "template": "{{ -firstpropertieswheretruetraits plus blankempty append( }}",
   "expectError": "unexpected token \"\", value expected, line:1, col:59"
  },
  {
   "template": "{{ size  }}",
   "expect": "0"
  },
  {
   "template": "{% if plus lastfirst [empty name %}T{% else %}F{% endif %}",
   "expectError": "[ not closed, line:1, col:33"
  },
  {
   "template": "{{ )name : appendcontains<=3+3)plus1  }}",
   "expectError": "invalid value expression: \")name : appendcontains<=3+3)p...\", line:1, col:4"
  },
  {
   "template": "{{ productsfalse>= >= tags properties }}",
   "expect": "false"
  },
  {
   "template": "{{ >< ) }}",
   "expectError": "expected \"|\" before filter, line:1, col:8"
  },
  {
   "template": "{{ tags (last<= }}",
   "expectError": "invalid range syntax, line:1, col:15"
  },
  {
   "template": "{{ > notnil split  }}",
   "expect": "false"
  },
  {
   "template": "{{ propertiesnil \\ emailon_saleupcase <allow_false'name' <-nil }}",
   "expectError": "expected \"|\" before filter, line:1, col:19"
  },
  {
   "template": "{{ <=1]>!= join }}",
   "expectError": "expected \"|\" before filter, line:1, col:8"
  },
  {
   "template": "{% assign v = email  %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{% if : %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \":\", line:1, col:7"
  },
  {
   "template": "{% if >= on_saleon_sale==) ' <=append? split products  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:27"
  },
  {
   "template": "{{ ]1 blank splitblank contains obj false  }}",
   "expectError": "invalid value expression: \"]1 blank splitblank contains ...\", line:1, col:4"
  },
  {
   "template": "{{ != 'name'[)+. empty }}",
   "expectError": "[ not closed, line:1, col:23"
  },
  {
   "template": "{% if \"tags\".  %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{% if empty!= (-1:== %}T{% else %}F{% endif %}",
   "expectError": "invalid range syntax, line:1, col:19"
  },
  {
   "template": "{% assign v = <= %}{{ v }}",
   "expect": "false"
  },
  {
   "template": "{% assign v = ] \"tags\":|traits  %}{{ v }}",
   "expectError": "invalid value expression: \"] \\\"tags\\\":|traits\", line:1, col:15"
  },
  {
   "template": "{{ json blank ==true appendjson1.5 03:( }}",
   "expectError": "expected \"|\" before filter, line:1, col:39"
  },
  {
   "template": "{% if upcaseempty %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ false }}",
   "expect": "false"
  },
  {
   "template": "{{ 'name' 'not[>='name' >obj==emailblank }}",
   "expectError": "output \"{{ 'name' 'not[>='name' >obj=...\" not closed, line:1, col:1"
  },
  {
   "template": "{% if splita-bproperties obj..>last %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:30"
  },
  {
   "template": "{{ default-namejson[' join traits name notand }}",
   "expectError": "output \"{{ default-namejson[' join tr...\" not closed, line:1, col:1"
  },
  {
   "template": "{% if properties tagsa-blast blank1> %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ allow_false ) email xupcase  }}",
   "expectError": "expected \"|\" before filter, line:1, col:17"
  },
  {
   "template": "{% cycle |\\namenot  %}{% cycle |\\namenot  %}",
   "expectError": "empty candidates: \"{% cycle |\\namenot  %}\", line:1, col:19"
  },
  {
   "template": "{% if 1default upcasesize products[ tags)-nilallow_false %}T{% else %}F{% endif %}",
   "expectError": "[ not closed, line:1, col:57"
  },
  {
   "template": "{% if email< a-bsplit | allow_false>=properties %}T{% else %}F{% endif %}",
   "expectError": "expected \":\" after filter name, line:1, col:36"
  },
  {
   "template": "{{ -),blankcontains a-b.. < }}",
   "expectError": "expected \"|\" before filter, line:1, col:6"
  },
  {
   "template": "{% cycle ? | objjson obj first\"tags\" %}{% cycle ? | objjson obj first\"tags\" %}",
   "expect": ""
  },
  {
   "template": "{% if + false ( >= - 0 first %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"+ false ( >= - 0 first\", line:1, col:7"
  },
  {
   "template": "{% if -10niltags %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if |plus allow_false obj<  %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"|plus allow_false obj<\", line:1, col:7"
  },
  {
   "template": "{% if )size0upcase3 ( %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \")size0upcase3 (\", line:1, col:7"
  },
  {
   "template": "{% assign v = true false!=== -1xupcase:splitemailjson  %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:40"
  },
  {
   "template": "{% assign v = products email on_sale) properties3  %}{{ v }}",
   "expectError": "expected \"|\" before filter, line:1, col:38"
  },
  {
   "template": "{% if > 3 %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if upcase  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if . <=emailtraitsobj x\\ ..(  %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"<=emailtraitsobj x\\\\ ..(\", line:1, col:9"
  },
  {
   "template": "{{ split }}",
   "expect": ""
  },
  {
   "template": "{{ where <= objjoin xproductson_sale(first? }}",
   "expectError": "invalid range syntax, line:1, col:45"
  },
  {
   "template": "{{ join traitsname }}",
   "expect": ""
  },
  {
   "template": "{{ , products  }}",
   "expectError": "invalid value expression: \", products\", line:1, col:4"
  },
  {
   "template": "{{ appendtags1.5tags wherejoin  }}",
   "expect": ""
  },
  {
   "template": "{% if lastand :append 10empty %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:16"
  },
  {
   "template": "{{ >=not| <= plus-1 a-b }}",
   "expectError": "expected filter name, line:1, col:11"
  },
  {
   "template": "{% if .. append\\tags <= tags 1.51append-1 + %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \".. append\\\\tags <= tags 1.51ap...\", line:1, col:7"
  },
  {
   "template": "{% if   \\ . json productsempty..notjson %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"\\\\ . json productsempty..notjson\", line:1, col:9"
  },
  {
   "template": "{{ 3 \\ first json ? append]-1append1 < }}",
   "expectError": "expected \"|\" before filter, line:1, col:7"
  },
  {
   "template": "{% assign v = ?  plus  %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{{ >=,size ==notallow_false  }}",
   "expectError": "expected \"|\" before filter, line:1, col:7"
  },
  {
   "template": "{{ on_salesize<=wherex  }}",
   "expect": "false"
  },
  {
   "template": "{% if nil|trueblank< first %}T{% else %}F{% endif %}",
   "expectError": "expected \":\" after filter name, line:1, col:20"
  },
  {
   "template": "{% if and[!=join json [size last] == empty %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if <==0blank xtags1.5 1name ] last or %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:10"
  },
  {
   "template": "{{ )properties andobjemailsplit<= a-b  }}",
   "expectError": "invalid value expression: \")properties andobjemailsplit<...\", line:1, col:4"
  },
  {
   "template": "{% if emptyname %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ name  }}",
   "expect": ""
  },
  {
   "template": "{{ :first x  }}",
   "expectError": "invalid value expression: \":first x\", line:1, col:4"
  },
  {
   "template": "{% if == .. !=email 31.5 %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:11"
  },
  {
   "template": "{{ xsizenot ?  }}",
   "expect": ""
  },
  {
   "template": "{% cycle 1[  %}{% cycle 1[  %}",
   "expectError": "[ not closed, line:1, col:12"
  },
  {
   "template": "{{ whereblank  }}",
   "expect": ""
  },
  {
   "template": "{% assign v = \"tags\" 1.5whereon_sale %}{{ v }}",
   "expect": "tags"
  },
  {
   "template": "{% if contains. %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% cycle niltraits %}{% cycle niltraits %}",
   "expect": ""
  },
  {
   "template": "{{ plus->=  }}",
   "expect": "false"
  },
  {
   "template": "{% if tagsx) true %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:13"
  },
  {
   "template": "{% assign v = ..jointraitsempty1 a-b where <=append  %}{{ v }}",
   "expectError": "invalid value expression: \"..jointraitsempty1 a-b where ...\", line:1, col:15"
  },
  {
   "template": "{{ <empty falseemailcontains  }}",
   "expect": "false"
  },
  {
   "template": "{{ '==nottraits   }}",
   "expectError": "output \"{{ '==nottraits   }}\" not closed, line:1, col:1"
  },
  {
   "template": "{% if on_saleobjwhere==>tagsnil 3split upcase %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% assign v = [:emailallow_falseon_saleproducts  %}{{ v }}",
   "expectError": "[ not closed, line:1, col:48"
  },
  {
   "template": "{{ default\"tags\":\\ <= }}",
   "expectError": "expected \"|\" before filter, line:1, col:18"
  },
  {
   "template": "{{ true ]3 trueallow_false<1traitsx!=plus contains  }}",
   "expectError": "expected \"|\" before filter, line:1, col:10"
  },
  {
   "template": "{{ >= obj -default append'name'tags\\ }}",
   "expectError": "expected \"|\" before filter, line:1, col:37"
  },
  {
   "template": "{{ 3default splitblank0  }}",
   "expect": ""
  },
  {
   "template": "{% if |( >= %}T{% else %}F{% endif %}",
   "expectError": "invalid value expression: \"|( >=\", line:1, col:7"
  },
  {
   "template": "{{ <= split ' }}",
   "expectError": "output \"{{ <= split ' }}\" not closed, line:1, col:1"
  },
  {
   "template": "{{ last:-1>= + upcase jointraits }}",
   "expectError": "expected \"|\" before filter, line:1, col:9"
  },
  {
   "template": "{% if 1.5 defaultallow_false> traits<== -1 jsonupcase  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:40"
  },
  {
   "template": "{% if a-bplus %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ falsenil products [ }}",
   "expectError": "[ not closed, line:1, col:23"
  },
  {
   "template": "{{ tags properties? [-1tags.(1.. }}",
   "expectError": "[ not closed, line:1, col:33"
  },
  {
   "template": "{% cycle on_sale wherefalse -1 products+< %}{% cycle on_sale wherefalse -1 products+< %}",
   "expect": ""
  },
  {
   "template": "{{ 3json+ }}",
   "expectError": "expected \"|\" before filter, line:1, col:10"
  },
  {
   "template": "{% cycle traitsupcase\\\"tags\"email first  %}{% cycle traitsupcase\\\"tags\"email first  %}",
   "expect": ""
  },
  {
   "template": "{% if 3== 'name'properties!= -1>= sizeobj  %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ join ? contains>a-b name |contains }}",
   "expect": ""
  },
  {
   "template": "{% if > json>=last]==size\\allow_false] and  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:20"
  },
  {
   "template": "{% if !=plus1append . empty first %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ jsonor< and <traits < ,, '  }}",
   "expectError": "output \"{{ jsonor< and <traits < ,, '...\" not closed, line:1, col:1"
  },
  {
   "template": "{{ a-b andnot }}",
   "expect": ""
  },
  {
   "template": "{% if 3+propertiesappend %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:9"
  },
  {
   "template": "{{ \\upcase ]< nil <= !=firstfirst  }}",
   "expectError": "invalid value expression: \"\\\\upcase ]< nil <= !=firstfirst\", line:1, col:4"
  },
  {
   "template": "{% if - obj<=first on_sale  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ traits 3)tagson_sale-1contains.json }}",
   "expectError": "expected \"|\" before filter, line:1, col:13"
  },
  {
   "template": "{{ 'or0empty }}",
   "expectError": "output \"{{ 'or0empty }}\" not closed, line:1, col:1"
  },
  {
   "template": "{{ allow_false <obj?0 propertiesempty 3xempty blank>= }}",
   "expect": ""
  },
  {
   "template": "{{ falsenot lastjsonon_sale or }}",
   "expect": "false"
  },
  {
   "template": "{% if 1 where  . \\,name:- %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:19"
  },
  {
   "template": "{{ + <=|nameupcase[ blank..traits < }}",
   "expectError": "invalid value expression: \"+ <=|nameupcase[ blank..traits <\", line:1, col:4"
  },
  {
   "template": "{{ |emailjoinemptyjoin }}",
   "expectError": "invalid value expression: \"|emailjoinemptyjoin\", line:1, col:4"
  },
  {
   "template": "{{ json \\ |lastjoin }}",
   "expectError": "expected \"|\" before filter, line:1, col:10"
  },
  {
   "template": "{{ tagsplus 0|:where  }}",
   "expectError": "expected filter name, line:1, col:15"
  },
  {
   "template": "{{ 1.5containscontains| != default sizeplus }}",
   "expectError": "expected filter name, line:1, col:25"
  },
  {
   "template": "{{ -1join-traits==. name ? |   ,\"tags\" }}",
   "expectError": "expected filter name, line:1, col:32"
  },
  {
   "template": "{{ true3 tagson_sale'>plus. traitsfirst }}",
   "expectError": "output \"{{ true3 tagson_sale'>plus. t...\" not closed, line:1, col:1"
  },
  {
   "template": "{{ or'name' }}",
   "expect": "true"
  },
  {
   "template": "{% if traits   upcase>(first 1.5+name.. email %}T{% else %}F{% endif %}",
   "expectError": "invalid range syntax, line:1, col:31"
  },
  {
   "template": "{{ on_saleon_sale>= where- propertieswhere'\"tags\"split1.5 blank }}",
   "expectError": "output \"{{ on_saleon_sale>= where- pr...\" not closed, line:1, col:1"
  },
  {
   "template": "{% if traits last %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ 3plus , }}",
   "expectError": "expected \"|\" before filter, line:1, col:11"
  },
  {
   "template": "{% assign v = a-bempty'1.5 |  %}{{ v }}",
   "expect": ""
  },
  {
   "template": "{{ [ nil'blank (  }}",
   "expectError": "output \"{{ [ nil'blank (  }}\" not closed, line:1, col:1"
  },
  {
   "template": "{{ jsonempty,3plus. \"tags\" 0 obj ] blank name  }}",
   "expectError": "expected \"|\" before filter, line:1, col:14"
  },
  {
   "template": "{% assign v = size  %}{{ v }}",
   "expect": "0"
  },
  {
   "template": "{{ products == properties niland :-upcasejson.. !=contains }}",
   "expectError": "expected \"|\" before filter, line:1, col:35"
  },
  {
   "template": "{% if allow_false 3 size traits last!=appendallow_false 3contains  %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% if allow_falsefalse empty]emailsplit - on_sale %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:30"
  },
  {
   "template": "{{ and default not 1 obj }}",
   "expect": ""
  },
  {
   "template": "{% if products0]true on_sale  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:17"
  },
  {
   "template": "{% if  x x >. join %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{{ obj allow_falseupcase.emailproducts<= }}",
   "expect": "false"
  },
  {
   "template": "{{ ==' <=  }}",
   "expectError": "output \"{{ ==' <=  }}\" not closed, line:1, col:1"
  },
  {
   "template": "{{ 'nilsplit\\ size+nil[ |!=- }}",
   "expectError": "output \"{{ 'nilsplit\\\\ size+nil[ |!=- }}\" not closed, line:1, col:1"
  },
  {
   "template": "{{ ..obj>empty  }}",
   "expectError": "invalid value expression: \"..obj>empty\", line:1, col:4"
  },
  {
   "template": "{{ +properties\"tags\" }}",
   "expectError": "invalid value expression: \"+properties\\\"tags\\\"\", line:1, col:4"
  },
  {
   "template": "{{ 3split ]. }}",
   "expectError": "expected \"|\" before filter, line:1, col:12"
  },
  {
   "template": "{{ firstfalse }}",
   "expect": ""
  },
  {
   "template": "{% if !=traits %}T{% else %}F{% endif %}",
   "expect": "T"
  },
  {
   "template": "{{ >= }}",
   "expect": "false"
  },
  {
   "template": "{{ split appendwhere[contains 'obj last,? -size }}",
   "expectError": "output \"{{ split appendwhere[contains...\" not closed, line:1, col:1"
  },
  {
   "template": "{{ notnamedefaultplussplit on_sale.[ }}",
   "expectError": "[ not closed, line:1, col:37"
  },
  {
   "template": "{{ false |\\ ]1containslast >=1 }}",
   "expectError": "expected filter name, line:1, col:11"
  },
  {
   "template": "{{ jsona-b31'\\(json }}",
   "expectError": "output \"{{ jsona-b31'\\\\(json }}\" not closed, line:1, col:1"
  },
  {
   "template": "{% if tags upcase1.5.contains .empty,\\0  %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:38"
  },
  {
   "template": "{{ orsplit 3 }}",
   "expect": ""
  },
  {
   "template": "{{ !=sizeblank +>=)  }}",
   "expectError": "expected \"|\" before filter, line:1, col:17"
  },
  {
   "template": "{% assign v = ..]wherenil (> %}{{ v }}",
   "expectError": "invalid value expression: \"..]wherenil (>\", line:1, col:15"
  },
  {
   "template": "{% cycle plus  %}{% cycle plus  %}",
   "expect": ""
  },
  {
   "template": "{% cycle ] xfirst[  %}{% cycle ] xfirst[  %}",
   "expectError": "empty candidates: \"{% cycle ] xfirst[  %}\", line:1, col:19"
  },
  {
   "template": "{{ allow_false| 1.5name-1first  }}",
   "expectError": "expected \":\" after filter name, line:1, col:18"
  },
  {
   "template": "{{ andjoin>= split>trueon_saleallow_false1.5 allow_false }}",
   "expect": ""
  },
  {
   "template": "{{ )][ )last==split] [  }}",
   "expectError": "invalid value expression: \")][ )last==split] [\", line:1, col:4"
  },
  {
   "template": "{% if 1.5emptyobjappend %}T{% else %}F{% endif %}",
   "expect": "F"
  },
  {
   "template": "{% cycle join ) true  %}{% cycle join ) true  %}",
   "expect": ""
  },
  {
   "template": "{% if first1.5 - split, %}T{% else %}F{% endif %}",
   "expectError": "expected \"|\" before filter, line:1, col:24"
  },
  {
   "template": "{{ anda-b| \"tags\"default upcasesizefalseallow_false < }}",
   "expectError": "expected filter name, line:1, col:12"
  },
  {
   "template": "{{ traits first }}",
   "expect": "[object Object]"
  },
  {
   "template": "{{ a[-1] | push: 1 | json }}",
   "input": {
    "0": [
     2.5,
     {
      "x y": "x,y",
      "first": {},
      "length": {
       "b": 1e+21,
       "first": "12",
       "0": true
      }
     }
    ]
   },
   "expect": "[1]"
  },
  {
   "template": "{{ b[0].a | join: ',' }}",
   "input": {
    "a": [],
    "size": null
   },
   "expect": ""
  },
  {
   "template": "{{ size | last }}",
   "input": {
    "size": 1e+21,
    "name": 2.5,
    "a": {}
   },
   "expect": ""
  },
  {
   "template": "{{ a[1] | url_encode }}",
   "input": {
    "first": {
     "last": "2024-01-15",
     "x y": "size",
     "0": false
    },
    "length": "size",
    "size": false
   },
   "expect": ""
  },
  {
   "template": "{% increment  %}{% increment  %}{{ [0] }}",
   "input": {
    "name": "Hello",
    "b": {
     "length": {
      "first": false,
      "size": {
       "size": "x,y",
       "name": "12"
      }
     },
     "size": {}
    },
    "size": {
     "x y": 1e+21,
     "first": false,
     "1": {
      "a": {},
      "last": [],
      "0": "0"
     }
    },
    "length": "a"
   },
   "expect": "01"
  },
  {
   "template": "{{ 0 | join: ',' }}",
   "input": {
    "a": {
     "a": {
      "size": {
       "1": "size",
       "last": null
      },
      "0": []
     },
     "last": [
      {
       "last": 1,
       "size": "0",
       "b": "2024-01-15"
      }
     ],
     "size": 0
    },
    "last": [
     "a"
    ],
    "size": 1e+21
   },
   "expect": "0"
  },
  {
   "template": "{{ a | split: ',' | json }}",
   "input": {
    "first": "a"
   },
   "expect": "[]"
  },
  {
   "template": "{{ last | first }}",
   "input": "0",
   "expect": ""
  },
  {
   "template": "{% if 0 %}T{% else %}F{% endif %}{% if 0 == empty %}E{% endif %}{% if 0 contains 'a' %}C{% endif %}",
   "input": {
    "é": "a",
    "b": {},
    "size": [
     null,
     ""
    ],
    "length": {
     "name": [
      [
       -1,
       "2024-01-15"
      ]
     ]
    },
    "first": "2024-01-15"
   },
   "expect": "T"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "last": "Hello",
    "b": "x,y",
    "first": [
     [
      null,
      {
       "b": 2.5
      },
      null
     ],
     1,
     [
      [],
      "12",
      []
     ]
    ],
    "x y": {}
   },
   "expect": "01"
  },
  {
   "template": "{{ b | join: ',' }}",
   "input": {
    "b": [
     "size"
    ],
    "name": {
     "1": [
      1,
      " "
     ],
     "name": "x,y"
    },
    "0": 2.5,
    "é": "Hello"
   },
   "expect": "size"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a['x y'] }}",
   "input": {
    "0": {
     "0": 2.5,
     "x y": "a"
    },
    "size": {
     "x y": "Hello"
    },
    "a": [
     "Hello"
    ],
    "é": -1,
    "b": {
     "a": {},
     "first": [],
     "last": "2024-01-15"
    }
   },
   "expect": "01"
  },
  {
   "template": "{% if a[b] %}T{% else %}F{% endif %}{% if a[b] == empty %}E{% endif %}{% if a[b] contains 'a' %}C{% endif %}",
   "input": {
    "name": {
     "size": {
      "first": "x,y",
      "x y": "2024-01-15",
      "length": {
       "0": "Hello"
      }
     }
    },
    "a": [
     [],
     {}
    ]
   },
   "expect": "F"
  },
  {
   "template": "{% if b %}T{% else %}F{% endif %}{% if b == empty %}E{% endif %}{% if b contains 'a' %}C{% endif %}",
   "input": {
    "x y": "12",
    "length": [
     {
      "name": -1
     },
     "0",
     "size"
    ],
    "last": [],
    "a": {
     "a": {
      "é": " ",
      "size": [
       "0"
      ]
     }
    }
   },
   "expect": "F"
  },
  {
   "template": "{% increment 0 %}{% increment 0 %}{{ 0 }}",
   "input": {
    "name": 1e+21,
    "é": {
     "name": "Hello",
     "size": "2024-01-15",
     "length": "2024-01-15"
    }
   },
   "expect": "010"
  },
  {
   "template": "{% if last %}T{% else %}F{% endif %}{% if last == empty %}E{% endif %}{% if last contains 'a' %}C{% endif %}",
   "input": {
    "last": {
     "é": {}
    },
    "é": [
     [
      {
       "b": " ",
       "name": 2.5
      }
     ]
    ]
   },
   "expect": "T"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[b] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ a.size | json }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[0] }}",
   "input": {
    "a": {
     "é": [
      [
       null,
       "Hello"
      ],
      "0",
      {
       "x y": "2024-01-15",
       "first": {}
      }
     ]
    },
    "b": [
     -1,
     ""
    ],
    "name": "a"
   },
   "expect": "01"
  },
  {
   "template": "{{ last | upcase }}",
   "input": {
    "size": -1
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[b] }}",
   "input": {
    "b": 2.5,
    "0": [],
    "name": {
     "é": [
      {}
     ]
    },
    "x y": {},
    "a": "a"
   },
   "expect": "01"
  },
  {
   "template": "{{ a['x y'] | slice: 1 | json }}",
   "input": {
    "é": {
     "size": false,
     "last": {
      "x y": {
       "length": "size",
       "name": " "
      },
      "a": {}
     },
     "b": 1
    },
    "a": {
     "last": 0
    },
    "0": "2024-01-15",
    "name": {}
   },
   "expect": "[]"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.size }}",
   "input": {
    "first": [],
    "x y": " ",
    "length": [
     null,
     2.5,
     2.5
    ]
   },
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[0] }}",
   "input": {
    "first": [
     -1,
     [
      "Hello",
      {
       "last": false
      },
      {
       "last": "0"
      }
     ],
     {
      "0": {}
     }
    ],
    "é": "",
    "name": 1e+21,
    "length": {},
    "size": {
     "first": {
      "0": [
       "x,y",
       1
      ],
      "a": "a"
     },
     "b": {}
    }
   },
   "expect": "01"
  },
  {
   "template": "{% if b %}T{% else %}F{% endif %}{% if b == empty %}E{% endif %}{% if b contains 'a' %}C{% endif %}",
   "input": {
    "x y": "12",
    "b": {
     "1": [
      {
       "length": "Hello",
       "name": "Hello"
      },
      -1
     ],
     "b": -1
    },
    "last": "a"
   },
   "expect": "T"
  },
  {
   "template": "{{ b.a | plus: 1 }}",
   "input": {
    "a": [],
    "name": 1,
    "x y": {
     "é": {}
    },
    "b": " "
   },
   "expect": "1"
  },
  {
   "template": "{{ a | compact | json }}",
   "input": {
    "last": 1e+21,
    "a": "12",
    "first": {
     "b": [
      -1,
      "2024-01-15",
      {
       "1": -1,
       "x y": null
      }
     ]
    }
   },
   "expect": "[\"12\"]"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ [0] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ [0] }}",
   "input": {
    "b": {
     "1": "",
     "size": {
      "x y": "Hello",
      "0": []
     }
    },
    "0": "x,y",
    "length": false
   },
   "expect": "01x,y"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.last }}",
   "input": {
    "last": [
     2.5,
     [
      {},
      [
       "",
       -1,
       "x,y"
      ]
     ],
     {
      "b": {
       "last": "size"
      }
     }
    ],
    "x y": [],
    "first": "x,y"
   },
   "expect": "01"
  },
  {
   "template": "{{ length | where: 'a' | json }}",
   "input": {
    "b": null,
    "last": [
     [
      {
       "last": -1,
       "0": ""
      },
      {
       "1": 1e+21,
       "a": "",
       "length": "x,y"
      },
      true
     ]
    ],
    "name": -1,
    "é": {
     "size": 1e+21
    },
    "x y": {}
   },
   "expect": "[]"
  },
  {
   "template": "{{ b | url_encode }}",
   "input": {
    "name": {},
    "b": [
     {
      "last": true,
      "size": {},
      "0": [
       "0",
       2.5,
       -1
      ]
     }
    ],
    "a": "a",
    "é": "0",
    "length": {
     "x y": "size",
     "last": "0"
    }
   },
   "expect": "%5Bobject+Object%5D"
  },
  {
   "template": "{{ a.size | where: 'a' | json }}",
   "input": {
    "é": "0",
    "b": "2024-01-15",
    "length": {
     "é": {
      "first": [],
      "é": "size",
      "last": []
     },
     "0": "12"
    },
    "0": "a"
   },
   "expect": "[]"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[b] }}",
   "input": {
    "é": {},
    "a": {}
   },
   "expect": "01"
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "length": "x,y",
    "0": 1,
    "name": false
   },
   "expect": "F"
  },
  {
   "template": "{{ ['é'] | plus: 1 }}",
   "input": {
    "0": {
     "b": {
      "1": 1e+21,
      "first": 2.5,
      "a": 2.5
     }
    },
    "é": "0",
    "b": [
     [
      false,
      {
       "a": 1e+21,
       "1": "12"
      },
      "Hello"
     ]
    ],
    "last": {
     "a": {
      "length": {
       "b": "",
       "name": "",
       "length": true
      },
      "size": {
       "é": ""
      },
      "x y": {
       "é": null,
       "b": false,
       "x y": "size"
      }
     }
    }
   },
   "expect": "1"
  },
  {
   "template": "{% if length %}T{% else %}F{% endif %}{% if length == empty %}E{% endif %}{% if length contains 'a' %}C{% endif %}",
   "input": {
    "length": "size",
    "first": [
     {
      "a": [
       false,
       "",
       1
      ]
     },
     [
      2.5
     ],
     "Hello"
    ],
    "name": {
     "a": {
      "name": "12"
     },
     "name": {
      "length": 2.5,
      "é": "a"
     }
    },
    "b": {},
    "a": {
     "first": [
      "a",
      [],
      true
     ],
     "é": "2024-01-15"
    }
   },
   "expect": "T"
  },
  {
   "template": "{{ length | default: 'D' }}",
   "input": "size",
   "expect": "4"
  },
  {
   "template": "{{ a.last | push: 1 | json }}",
   "input": {
    "name": "12",
    "a": {
     "size": {}
    },
    "size": {
     "size": {
      "é": {},
      "last": "Hello"
     },
     "0": {}
    }
   },
   "expect": "[1]"
  },
  {
   "template": "{% increment last %}{% increment last %}{{ last }}",
   "input": {
    "a": "size",
    "0": [
     {
      "name": [
       [],
       true
      ],
      "last": ""
     },
     {},
     {
      "a": {
       "last": "2024-01-15"
      }
     }
    ],
    "first": 1,
    "name": 2.5,
    "b": -1
   },
   "expect": "012"
  },
  {
   "template": "{{ a.size | sum }}",
   "input": {
    "x y": {},
    "b": true,
    "last": {
     "b": " ",
     "length": []
    }
   },
   "expect": "0"
  },
  {
   "template": "{{ b.a | slice: 1 | json }}",
   "input": {
    "size": " ",
    "é": 1
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[0] | last }}",
   "input": {
    "last": "2024-01-15",
    "first": [
     "2024-01-15"
    ],
    "0": "2024-01-15",
    "name": {}
   },
   "expect": ""
  },
  {
   "template": "{{ a.first | slice: 1 | json }}",
   "input": -1,
   "expect": "[]"
  },
  {
   "template": "{% increment last %}{% increment last %}{{ last }}",
   "input": {
    "é": {
     "size": true,
     "é": null,
     "x y": {
      "a": [
       ""
      ]
     }
    },
    "first": []
   },
   "expect": "012"
  },
  {
   "template": "{{ a.length | upcase }}",
   "input": {
    "0": null,
    "x y": [
     0,
     [
      "a",
      "x,y"
     ],
     " "
    ]
   },
   "expect": ""
  },
  {
   "template": "{{ last | first }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ b[0].a | first }}",
   "input": {
    "name": {
     "0": [
      0
     ],
     "é": {},
     "b": [
      1e+21,
      [],
      [
       "0",
       1e+21,
       "12"
      ]
     ]
    },
    "last": {
     "size": [
      1e+21,
      1,
      {}
     ]
    },
    "0": "size"
   },
   "expect": ""
  },
  {
   "template": "{{ last | default: 'D' }}",
   "input": {
    "a": {},
    "last": 1,
    "size": {
     "last": [
      false,
      "12",
      "size"
     ],
     "1": [
      {
       "last": "a",
       "name": []
      },
      true
     ]
    }
   },
   "expect": "1"
  },
  {
   "template": "{% increment size %}{% increment size %}{{ size }}",
   "input": {
    "last": "x,y",
    "size": {}
   },
   "expect": "012"
  },
  {
   "template": "{{ 0 | map: 'a' }}",
   "input": {},
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ b | json }}",
   "input": [],
   "expect": ""
  },
  {
   "template": "{% increment size %}{% increment size %}{{ size }}",
   "input": {
    "x y": {
     "b": [
      {},
      [
       "0"
      ],
      [
       "0"
      ]
     ],
     "last": true
    }
   },
   "expect": "012"
  },
  {
   "template": "{% increment length %}{% increment length %}{{ length }}",
   "input": {
    "last": 1,
    "é": -1,
    "size": [
     {
      "x y": {
       "name": 0
      },
      "a": {
       "last": "Hello"
      }
     },
     true,
     [
      {
       "b": false,
       "size": "a"
      },
      0
     ]
    ]
   },
   "expect": "012"
  },
  {
   "template": "{{ b.size | slice: 1 | json }}",
   "input": {
    "size": [
     [],
     {
      "1": {
       "name": "0",
       "1": "Hello"
      },
      "b": {
       "length": 2.5
      }
     }
    ],
    "a": "0",
    "b": [
     0
    ],
    "name": "size"
   },
   "expect": "\"\""
  },
  {
   "template": "{% increment size %}{% increment size %}{{ size }}",
   "input": {
    "x y": [
     1e+21
    ]
   },
   "expect": "012"
  },
  {
   "template": "{% if b.size %}T{% else %}F{% endif %}{% if b.size == empty %}E{% endif %}{% if b.size contains 'a' %}C{% endif %}",
   "input": {
    "size": 2.5,
    "0": {
     "length": 1e+21
    },
    "x y": [
     [
      {},
      " ",
      1
     ],
     []
    ]
   },
   "expect": "F"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ a.last }}",
   "input": true,
   "expect": ""
  },
  {
   "template": "{{ b[0].a | map: 'a' }}",
   "input": {},
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ b[0].a | url_encode }}",
   "input": {
    "0": "a",
    "last": [
     false
    ]
   },
   "expect": ""
  },
  {
   "template": "{% if a.first %}T{% else %}F{% endif %}{% if a.first == empty %}E{% endif %}{% if a.first contains 'a' %}C{% endif %}",
   "input": {
    "0": "",
    "x y": 2.5,
    "length": [
     {
      "size": {
       "last": "2024-01-15"
      }
     },
     true,
     {
      "0": "0",
      "last": []
     }
    ],
    "a": [
     -1,
     [
      -1
     ],
     "2024-01-15"
    ],
    "name": [
     [],
     {
      "x y": {
       "first": "x,y"
      },
      "length": " ",
      "name": 1
     }
    ]
   },
   "expect": "T"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "x y": "12"
   },
   "expect": "01"
  },
  {
   "template": "{{ a.length | last }}",
   "input": {
    "b": [
     {
      "last": "0",
      "name": true,
      "a": 1
     }
    ],
    "length": {
     "é": 1,
     "name": "Hello",
     "first": 1
    },
    "name": 0,
    "last": false
   },
   "expect": ""
  },
  {
   "template": "{{ ['é'] | compact | json }}",
   "input": {
    "é": [],
    "b": [],
    "a": {
     "é": null,
     "a": ""
    },
    "size": false
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[1] | size }}",
   "input": {},
   "expect": "0"
  },
  {
   "template": "{{ a.last | size }}",
   "input": {
    "first": " "
   },
   "expect": "0"
  },
  {
   "template": "{% if a[0] %}T{% else %}F{% endif %}{% if a[0] == empty %}E{% endif %}{% if a[0] contains 'a' %}C{% endif %}",
   "input": {
    "size": "Hello"
   },
   "expect": "F"
  },
  {
   "template": "{{ length | first }}",
   "input": {
    "size": "12",
    "x y": "2024-01-15"
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a['x y'] }}",
   "input": {
    "0": "a",
    "b": "2024-01-15",
    "name": {
     "length": true,
     "x y": 2.5,
     "b": {
      "name": [
       -1
      ],
      "b": 1e+21
     }
    }
   },
   "expect": "01"
  },
  {
   "template": "{{ a.size | size }}",
   "input": [
    {
     "name": {}
    },
    "12",
    {
     "é": -1,
     "b": 0,
     "1": {
      "first": 1e+21,
      "b": true
     }
    }
   ],
   "expect": "0"
  },
  {
   "template": "{% if a['x y'] %}T{% else %}F{% endif %}{% if a['x y'] == empty %}E{% endif %}{% if a['x y'] contains 'a' %}C{% endif %}",
   "input": {
    "name": "12",
    "x y": "0",
    "a": "Hello"
   },
   "expect": "F"
  },
  {
   "template": "{{ length | json }}",
   "input": {
    "last": [
     null,
     "x,y",
     []
    ],
    "0": "",
    "size": "size",
    "x y": [
     {}
    ]
   },
   "expect": ""
  },
  {
   "template": "{{ first | compact | json }}",
   "input": {
    "a": [
     [
      {
       "b": 1e+21,
       "a": "a",
       "0": []
      }
     ],
     "0"
    ],
    "first": "Hello",
    "b": [],
    "0": 0,
    "last": {
     "0": 1e+21
    }
   },
   "expect": "[\"Hello\"]"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a['x y'] }}",
   "input": {
    "é": {}
   },
   "expect": "01"
  },
  {
   "template": "{% if b[0].a %}T{% else %}F{% endif %}{% if b[0].a == empty %}E{% endif %}{% if b[0].a contains 'a' %}C{% endif %}",
   "input": {
    "0": true,
    "first": {
     "first": "size",
     "size": "",
     "name": false
    },
    "x y": "0"
   },
   "expect": "F"
  },
  {
   "template": "{% increment size %}{% increment size %}{{ size }}",
   "input": {
    "length": {
     "b": [],
     "1": {
      "1": 1
     }
    },
    "a": [],
    "first": {},
    "b": {
     "last": "Hello",
     "0": [
      true,
      "2024-01-15"
     ]
    },
    "name": 1e+21
   },
   "expect": "012"
  },
  {
   "template": "{{ a[-1] | url_encode }}",
   "input": {
    "é": {},
    "length": [],
    "x y": "2024-01-15"
   },
   "expect": ""
  },
  {
   "template": "{{ b.size | map: 'a' }}",
   "input": {
    "é": [],
    "size": "x,y"
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ a[b] | escape }}",
   "input": {
    "name": "x,y",
    "x y": " "
   },
   "expect": ""
  },
  {
   "template": "{{ a.name | map: 'a' }}",
   "input": {},
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ a[0] | map: 'a' }}",
   "input": {
    "first": "size",
    "b": []
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a['x y'] }}",
   "input": {
    "a": {},
    "0": []
   },
   "expect": "01"
  },
  {
   "template": "{{ b.a | url_encode }}",
   "input": {
    "x y": "2024-01-15",
    "first": [
     [
      2.5
     ],
     []
    ],
    "a": [
     {
      "b": 1e+21
     },
     [
      {
       "size": false
      }
     ]
    ],
    "last": {
     "b": "Hello",
     "size": "Hello"
    }
   },
   "expect": ""
  },
  {
   "template": "{{ ['é'] | last }}",
   "input": {
    "a": {},
    "length": {
     "a": true,
     "0": {}
    },
    "x y": "2024-01-15",
    "b": -1,
    "first": {
     "b": "x,y"
    }
   },
   "expect": ""
  },
  {
   "template": "{{ [0] | slice: 1 | json }}",
   "input": {
    "name": []
   },
   "expect": "[]"
  },
  {
   "template": "{{ a['x y'] | last }}",
   "input": {
    "é": [
     "12",
     {}
    ]
   },
   "expect": ""
  },
  {
   "template": "{% if a.name %}T{% else %}F{% endif %}{% if a.name == empty %}E{% endif %}{% if a.name contains 'a' %}C{% endif %}",
   "input": {
    "x y": [
     {},
     -1
    ],
    "size": 1,
    "length": 2.5,
    "b": [
     "12",
     "x,y",
     [
      "",
      [
       1,
       false
      ],
      {
       "x y": 1,
       "é": "12",
       "length": {}
      }
     ]
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ last }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a[-1] | compact | json }}",
   "input": {
    "a": true,
    "name": [],
    "x y": [
     true,
     null,
     []
    ]
   },
   "expect": "[]"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ [0] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ a[b] | default: 'D' }}",
   "input": {
    "size": [
     [
      {
       "x y": "0",
       "é": -1
      },
      [
       []
      ],
      "2024-01-15"
     ],
     {
      "first": "",
      "last": {}
     }
    ],
    "é": null
   },
   "expect": "D"
  },
  {
   "template": "{{ size | escape }}",
   "input": {
    "name": {}
   },
   "expect": "0"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.size }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{% if size %}T{% else %}F{% endif %}{% if size == empty %}E{% endif %}{% if size contains 'a' %}C{% endif %}",
   "input": {
    "0": {},
    "b": {}
   },
   "expect": "T"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[0] }}",
   "input": {
    "é": [],
    "name": {
     "size": {},
     "name": "size",
     "last": " "
    },
    "0": "2024-01-15"
   },
   "expect": "01"
  },
  {
   "template": "{{ a.first | escape }}",
   "input": {
    "name": {
     "x y": "size",
     "length": 2.5,
     "é": {}
    },
    "length": false,
    "size": "12",
    "é": []
   },
   "expect": ""
  },
  {
   "template": "{{ a[1] | map: 'a' }}",
   "input": {
    "first": "0",
    "b": " ",
    "size": {
     "last": []
    },
    "a": "0",
    "0": {
     "length": "2024-01-15",
     "1": "0",
     "b": "2024-01-15"
    }
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{% if a['x y'] %}T{% else %}F{% endif %}{% if a['x y'] == empty %}E{% endif %}{% if a['x y'] contains 'a' %}C{% endif %}",
   "input": {
    "é": -1,
    "x y": "size",
    "name": {
     "last": false,
     "size": {
      "x y": {
       "name": -1
      },
      "1": [
       null,
       "0",
       "0"
      ]
     }
    },
    "last": {},
    "size": [
     0,
     true
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ b | push: 1 | json }}",
   "input": {
    "0": {},
    "name": true
   },
   "expect": "[1]"
  },
  {
   "template": "{{ b | compact | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{{ a.size | size }}",
   "input": {
    "é": "Hello",
    "first": null
   },
   "expect": "0"
  },
  {
   "template": "{{ ['é'] | default: 'D' }}",
   "input": {
    "length": [
     [],
     [
      -1,
      "",
      2.5
     ],
     {
      "size": {}
     }
    ],
    "b": [],
    "size": 2.5
   },
   "expect": "D"
  },
  {
   "template": "{{ a.last | last }}",
   "input": {
    "x y": null,
    "first": {
     "last": {
      "é": "0"
     },
     "é": "12"
    },
    "b": ""
   },
   "expect": ""
  },
  {
   "template": "{{ a | first }}",
   "input": {
    "last": {},
    "size": "Hello",
    "length": [
     [
      {
       "last": [],
       "1": "a",
       "length": {}
      }
     ],
     "2024-01-15",
     "x,y"
    ],
    "a": {
     "name": {},
     "0": -1
    }
   },
   "expect": ""
  },
  {
   "template": "{{ a[1] | default: 'D' }}",
   "input": {
    "é": {
     "size": "Hello"
    },
    "a": [
     [
      false,
      "12",
      null
     ],
     2.5,
     "x,y"
    ],
    "0": {
     "0": ""
    },
    "b": "x,y",
    "length": {
     "a": [
      {
       "size": 0,
       "1": " ",
       "first": true
      },
      [
       "",
       true
      ]
     ],
     "é": "2024-01-15",
     "name": 1e+21
    }
   },
   "expect": "2.5"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.a }}",
   "input": {
    "é": null
   },
   "expect": "01"
  },
  {
   "template": "{{ a[b] | plus: 1 }}",
   "input": {
    "first": {},
    "é": []
   },
   "expect": "1"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "é": [],
    "last": {
     "b": [],
     "a": [
      [
       "12",
       true
      ],
      true
     ],
     "0": []
    },
    "a": {
     "b": false,
     "size": []
    }
   },
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[b] }}",
   "input": {
    "length": null,
    "last": true,
    "name": "a",
    "b": [
     {
      "é": "Hello",
      "1": [
       ""
      ]
     },
     [
      {
       "a": "2024-01-15"
      },
      [
       " "
      ],
      null
     ],
     [
      "2024-01-15"
     ]
    ],
    "size": "12"
   },
   "expect": "01"
  },
  {
   "template": "{{ a[-1] }}",
   "input": {
    "length": {
     "0": [
      []
     ],
     "é": 1e+21,
     "first": 0
    },
    "name": "12",
    "size": "x,y",
    "0": [
     {
      "é": {
       "x y": "Hello",
       "first": 1,
       "b": " "
      },
      "first": [
       {},
       "0"
      ],
      "0": 1
     },
     -1
    ]
   },
   "expect": ""
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "b": "x,y",
    "0": {
     "first": {
      "last": 1,
      "first": [],
      "1": [
       null,
       []
      ]
     },
     "name": []
    },
    "x y": "size"
   },
   "expect": "F"
  },
  {
   "template": "{% increment size %}{% increment size %}{{ size }}",
   "input": {
    "a": true,
    "x y": "0",
    "first": "size",
    "b": [
     {}
    ]
   },
   "expect": "012"
  },
  {
   "template": "{% increment last %}{% increment last %}{{ last }}",
   "input": {
    "0": 1,
    "b": {
     "a": false,
     "b": false
    }
   },
   "expect": "012"
  },
  {
   "template": "{{ a.name | sum }}",
   "input": {
    "a": true,
    "0": {}
   },
   "expect": "0"
  },
  {
   "template": "{{ b | split: ',' | json }}",
   "input": {
    "x y": "0",
    "last": "a"
   },
   "expect": "[]"
  },
  {
   "template": "{{ b.size | json }}",
   "input": {
    "last": [],
    "é": [
     1e+21,
     [],
     []
    ],
    "0": []
   },
   "expect": ""
  },
  {
   "template": "{% if last %}T{% else %}F{% endif %}{% if last == empty %}E{% endif %}{% if last contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{{ a.first | split: ',' | json }}",
   "input": {
    "x y": [],
    "a": " "
   },
   "expect": "[]"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.length }}",
   "input": {
    "length": {
     "first": 1,
     "length": "2024-01-15"
    },
    "first": 2.5,
    "name": "size",
    "last": []
   },
   "expect": "01"
  },
  {
   "template": "{{ a[0] | upcase }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a[1] | sum }}",
   "input": {
    "0": {},
    "size": [
     {
      "1": "12",
      "name": []
     },
     " "
    ],
    "last": {
     "b": "0"
    },
    "name": "12"
   },
   "expect": "0"
  },
  {
   "template": "{{ b.a | default: 'D' }}",
   "input": {},
   "expect": "D"
  },
  {
   "template": "{{ b.a | push: 1 | json }}",
   "input": {
    "last": {},
    "a": 0,
    "x y": [
     [
      null,
      {
       "b": "Hello"
      },
      " "
     ],
     {
      "a": [
       "0"
      ]
     }
    ],
    "b": {},
    "name": "a"
   },
   "expect": "[1]"
  },
  {
   "template": "{{ a.first | date: '%Y' }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ 0 | upcase }}",
   "input": {
    "é": []
   },
   "expect": "0"
  },
  {
   "template": "{{ a[0] | last }}",
   "input": [],
   "expect": ""
  },
  {
   "template": "{% if a[-1] %}T{% else %}F{% endif %}{% if a[-1] == empty %}E{% endif %}{% if a[-1] contains 'a' %}C{% endif %}",
   "input": {
    "a": true,
    "length": {
     "1": [
      -1
     ],
     "name": {}
    },
    "0": [],
    "b": false
   },
   "expect": "F"
  },
  {
   "template": "{% if b[0].a %}T{% else %}F{% endif %}{% if b[0].a == empty %}E{% endif %}{% if b[0].a contains 'a' %}C{% endif %}",
   "input": {
    "é": "",
    "0": [
     {
      "last": [
       [],
       "",
       " "
      ],
      "é": {}
     },
     {
      "0": [
       "a"
      ],
      "a": [
       " ",
       " "
      ]
     }
    ],
    "length": {
     "b": [
      {
       "size": " "
      },
      "size"
     ],
     "size": {},
     "name": 1e+21
    },
    "name": {},
    "x y": {}
   },
   "expect": "F"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ [0] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.first }}",
   "input": {
    "x y": {},
    "first": 1e+21,
    "é": [
     "Hello",
     "Hello"
    ],
    "length": " "
   },
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.length }}",
   "input": {
    "length": [
     2.5
    ],
    "b": "size"
   },
   "expect": "01"
  },
  {
   "template": "{{ b | where: 'a' | json }}",
   "input": {
    "0": {
     "size": "x,y",
     "length": {},
     "0": 1
    },
    "last": [
     {
      "name": {
       "1": 1,
       "a": 0,
       "last": "12"
      },
      "first": [],
      "b": true
     }
    ],
    "é": [],
    "first": false,
    "a": null
   },
   "expect": "[]"
  },
  {
   "template": "{{ last | upcase }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[1] }}",
   "input": {
    "é": 1,
    "x y": "size",
    "size": {
     "first": {
      "length": [
       1,
       " ",
       []
      ]
     }
    },
    "last": 0
   },
   "expect": "01"
  },
  {
   "template": "{{ ['é'] | slice: 1 | json }}",
   "input": {
    "size": 1,
    "a": {
     "name": "size",
     "1": {
      "1": {}
     },
     "a": [
      {}
     ]
    },
    "x y": "2024-01-15",
    "first": []
   },
   "expect": "[]"
  },
  {
   "template": "{{ a.name | slice: 1 | json }}",
   "input": {
    "length": [
     "x,y",
     [
      "0",
      {
       "0": null,
       "name": [],
       "length": "x,y"
      },
      {
       "x y": "2024-01-15"
      }
     ],
     "2024-01-15"
    ],
    "name": [
     {},
     1
    ],
    "last": [
     [
      [
       null
      ],
      true
     ],
     {
      "a": "size"
     }
    ]
   },
   "expect": "[]"
  },
  {
   "template": "{% if a %}T{% else %}F{% endif %}{% if a == empty %}E{% endif %}{% if a contains 'a' %}C{% endif %}",
   "input": {
    "a": {
     "1": "x,y",
     "x y": {
      "last": true
     },
     "first": {
      "b": []
     }
    },
    "x y": {},
    "last": {
     "a": 2.5,
     "x y": "Hello"
    },
    "length": [
     "2024-01-15",
     2.5,
     []
    ]
   },
   "expect": "T"
  },
  {
   "template": "{{ a[1] | where: 'a' | json }}",
   "input": {
    "last": {
     "1": "a",
     "é": [],
     "x y": true
    }
   },
   "expect": "[]"
  },
  {
   "template": "{% increment first %}{% increment first %}{{ first }}",
   "input": {
    "last": [
     "Hello",
     "size"
    ],
    "a": [
     "Hello",
     "a",
     ""
    ],
    "x y": "x,y",
    "length": {}
   },
   "expect": "012"
  },
  {
   "template": "{{ first | compact | json }}",
   "input": {
    "é": {
     "a": " ",
     "x y": [
      "0",
      {
       "0": "12",
       "a": 0
      }
     ]
    },
    "last": {}
   },
   "expect": "[]"
  },
  {
   "template": "{{ a.first | size }}",
   "input": {
    "é": {
     "x y": ""
    },
    "length": {
     "x y": {
      "last": "12",
      "size": 1
     },
     "0": {
      "first": 0,
      "a": []
     },
     "é": ""
    },
    "name": [
     ""
    ],
    "b": {}
   },
   "expect": "0"
  },
  {
   "template": "{{ a[1] | upcase }}",
   "input": [
    [
     2.5
    ],
    1
   ],
   "expect": ""
  },
  {
   "template": "{% if b.size %}T{% else %}F{% endif %}{% if b.size == empty %}E{% endif %}{% if b.size contains 'a' %}C{% endif %}",
   "input": {
    "size": 1e+21
   },
   "expect": "F"
  },
  {
   "template": "{% if a['x y'] %}T{% else %}F{% endif %}{% if a['x y'] == empty %}E{% endif %}{% if a['x y'] contains 'a' %}C{% endif %}",
   "input": {
    "a": [
     "0"
    ],
    "name": "0",
    "last": {
     "é": 1
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ 0 | date: '%Y' }}",
   "input": {
    "last": [
     "a",
     [
      []
     ],
     {}
    ]
   },
   "expect": "1970"
  },
  {
   "template": "{{ a[b] | date: '%Y' }}",
   "input": {
    "é": {},
    "a": {},
    "size": []
   },
   "expect": ""
  },
  {
   "template": "{{ ['é'] | escape }}",
   "input": {
    "b": [
     [
      2.5,
      " "
     ],
     "12",
     "0"
    ],
    "x y": {},
    "0": {
     "length": [
      true,
      1e+21,
      {}
     ]
    }
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.size }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ a['x y'] | plus: 1 }}",
   "input": {
    "b": {
     "b": [
      0,
      "12"
     ],
     "é": [
      [],
      {
       "length": null,
       "é": null
      }
     ],
     "size": {}
    },
    "first": "size",
    "last": {
     "0": {
      "first": "",
      "é": ""
     },
     "length": 1e+21,
     "first": 1
    },
    "é": "size",
    "length": [
     {
      "a": {
       "last": 1e+21
      },
      "first": 0
     },
     "Hello",
     false
    ]
   },
   "expect": "1"
  },
  {
   "template": "{% if b.a %}T{% else %}F{% endif %}{% if b.a == empty %}E{% endif %}{% if b.a contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{{ ['é'] | upcase }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.length }}",
   "input": {
    "length": "Hello",
    "last": {
     "last": {},
     "name": null,
     "0": []
    },
    "é": {},
    "a": -1
   },
   "expect": "-10"
  },
  {
   "template": "{{ a.first | first }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a | size }}",
   "input": {
    "name": {},
    "last": "12",
    "length": [
     [
      {},
      []
     ],
     [
      0
     ],
     [
      [
       "Hello",
       true,
       "12"
      ],
      null
     ]
    ],
    "é": {}
   },
   "expect": "0"
  },
  {
   "template": "{{ a[1] | join: ',' }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a[b] | plus: 1 }}",
   "input": [],
   "expect": "1"
  },
  {
   "template": "{{ b[0].a | size }}",
   "input": {
    "first": 1e+21,
    "size": [
     "a"
    ]
   },
   "expect": "0"
  },
  {
   "template": "{{ b.a | url_encode }}",
   "input": {
    "b": {
     "length": false,
     "name": {
      "length": 1,
      "1": 1
     },
     "b": 2.5
    }
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.last }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{% if b.size %}T{% else %}F{% endif %}{% if b.size == empty %}E{% endif %}{% if b.size contains 'a' %}C{% endif %}",
   "input": {
    "first": [
     "x,y",
     " "
    ],
    "name": false,
    "size": [
     "12",
     {
      "b": [
       1,
       1e+21,
       "a"
      ]
     },
     2.5
    ],
    "b": 2.5
   },
   "expect": "F"
  },
  {
   "template": "{{ ['é'] | compact | json }}",
   "input": {
    "first": [
     "size",
     {
      "a": {
       "size": {},
       "b": "2024-01-15"
      }
     }
    ],
    "size": {}
   },
   "expect": "[]"
  },
  {
   "template": "{% increment length %}{% increment length %}{{ length }}",
   "input": {
    "a": " ",
    "length": "size"
   },
   "expect": "012"
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "0": "",
    "é": null,
    "a": {
     "1": null
    }
   },
   "expect": "T"
  },
  {
   "template": "{% if b %}T{% else %}F{% endif %}{% if b == empty %}E{% endif %}{% if b contains 'a' %}C{% endif %}",
   "input": {
    "a": false,
    "x y": [
     [
      [
       "0",
       {},
       false
      ],
      {},
      {}
     ],
     null
    ],
    "é": {
     "length": [],
     "1": 1
    },
    "first": {
     "first": {
      "first": [
       "Hello"
      ],
      "length": [
       "x,y",
       [],
       true
      ]
     },
     "a": false,
     "b": {
      "0": true,
      "a": "a",
      "x y": "x,y"
     }
    },
    "name": []
   },
   "expect": "F"
  },
  {
   "template": "{{ a | slice: 1 | json }}",
   "input": {
    "size": "x,y",
    "0": "x,y",
    "last": false,
    "é": []
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[0] | json }}",
   "input": {
    "size": [
     [
      "size",
      true,
      [
       " ",
       "Hello",
       []
      ]
     ]
    ]
   },
   "expect": ""
  },
  {
   "template": "{{ b.a | plus: 1 }}",
   "input": {
    "size": {
     "b": {},
     "a": {
      "0": {
       "name": null,
       "b": 1
      },
      "b": {
       "b": 2.5,
       "length": 2.5,
       "first": "x,y"
      }
     }
    }
   },
   "expect": "1"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[-1] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ a.length | compact | json }}",
   "input": {
    "size": "Hello",
    "a": [
     "a",
     {
      "length": 1,
      "1": {}
     },
     1
    ],
    "first": [
     {
      "é": -1
     },
     [
      {
       "last": false
      },
      true,
      {
       "name": 0,
       "last": null
      }
     ]
    ],
    "length": [],
    "é": {
     "1": false,
     "é": {}
    }
   },
   "expect": "[3]"
  },
  {
   "template": "{% if first %}T{% else %}F{% endif %}{% if first == empty %}E{% endif %}{% if first contains 'a' %}C{% endif %}",
   "input": {
    "é": "x,y",
    "b": "12",
    "size": " ",
    "0": {
     "1": [
      []
     ],
     "x y": -1,
     "last": 1
    }
   },
   "expect": "F"
  },
  {
   "template": "{% if a['x y'] %}T{% else %}F{% endif %}{% if a['x y'] == empty %}E{% endif %}{% if a['x y'] contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ ['é'] }}",
   "input": {
    "x y": {
     "size": 1e+21
    },
    "first": "0",
    "length": []
   },
   "expect": "01"
  },
  {
   "template": "{% increment length %}{% increment length %}{{ length }}",
   "input": {
    "é": {
     "a": ""
    },
    "b": {
     "é": {
      "name": [
       -1,
       "0",
       "12"
      ],
      "x y": [
       true,
       0
      ]
     },
     "first": {}
    },
    "a": true
   },
   "expect": "012"
  },
  {
   "template": "{{ a[0] | default: 'D' }}",
   "input": {
    "é": "Hello",
    "first": [],
    "b": "a",
    "0": "size",
    "last": null
   },
   "expect": "D"
  },
  {
   "template": "{{ first | url_encode }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a[0] | size }}",
   "input": {
    "a": [
     {
      "1": "0",
      "a": [],
      "size": {
       "b": "2024-01-15",
       "first": "a",
       "a": ""
      }
     },
     {
      "first": [
       -1,
       null,
       -1
      ],
      "name": 1e+21,
      "é": null
     }
    ],
    "0": [],
    "size": [
     null,
     true,
     [
      {},
      null,
      0
     ]
    ],
    "first": {},
    "length": [
     "12"
    ]
   },
   "expect": "0"
  },
  {
   "template": "{{ length | map: 'a' }}",
   "input": {},
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "length": [],
    "0": [
     {},
     null
    ],
    "first": {
     "length": {},
     "last": 2.5,
     "name": "12"
    },
    "é": {
     "é": {
      "0": "",
      "name": {
       "b": "a",
       "last": "a"
      }
     },
     "b": "Hello"
    },
    "a": false
   },
   "expect": "F"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.a }}",
   "input": {
    "a": [],
    "length": {
     "name": true,
     "1": "a",
     "x y": {
      "last": []
     }
    },
    "last": []
   },
   "expect": "01"
  },
  {
   "template": "{{ [0] | slice: 1 | json }}",
   "input": {
    "é": [],
    "a": "a"
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[0] | compact | json }}",
   "input": "x,y",
   "expect": "[]"
  },
  {
   "template": "{% increment last %}{% increment last %}{{ last }}",
   "input": {
    "last": 1,
    "name": [
     {
      "name": "12"
     },
     -1
    ]
   },
   "expect": "123"
  },
  {
   "template": "{{ first | plus: 1 }}",
   "input": {
    "first": {}
   },
   "expect": "1"
  },
  {
   "template": "{% if [0] %}T{% else %}F{% endif %}{% if [0] == empty %}E{% endif %}{% if [0] contains 'a' %}C{% endif %}",
   "input": {
    "length": "0",
    "é": 2.5,
    "b": 2.5,
    "name": []
   },
   "expect": "F"
  },
  {
   "template": "{{ size | plus: 1 }}",
   "input": {
    "first": 1e+21,
    "é": [],
    "name": "2024-01-15"
   },
   "expect": "1"
  },
  {
   "template": "{{ a[1] | where: 'a' | json }}",
   "input": {
    "first": -1,
    "last": {},
    "length": {}
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[b] | where: 'a' | json }}",
   "input": {
    "first": {
     "a": [],
     "x y": 2.5,
     "1": {
      "length": "12"
     }
    },
    "size": "Hello",
    "name": [
     2.5,
     [
      0,
      {}
     ],
     -1
    ]
   },
   "expect": "[]"
  },
  {
   "template": "{{ a['x y'] | join: ',' }}",
   "input": {
    "size": []
   },
   "expect": ""
  },
  {
   "template": "{{ [0] | first }}",
   "input": {
    "first": {
     "first": [],
     "0": "a",
     "length": [
      {}
     ]
    },
    "name": false,
    "size": [
     "size",
     [
      " ",
      0
     ]
    ],
    "0": [
     {
      "size": {
       "first": "2024-01-15"
      },
      "é": [
       "size",
       "Hello",
       true
      ],
      "name": {}
     },
     true,
     " "
    ],
    "é": [
     1e+21,
     {
      "last": 1
     }
    ]
   },
   "expect": "[object Object]"
  },
  {
   "template": "{{ a.last | where: 'a' | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{{ first | split: ',' | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{% if a[-1] %}T{% else %}F{% endif %}{% if a[-1] == empty %}E{% endif %}{% if a[-1] contains 'a' %}C{% endif %}",
   "input": {
    "x y": "2024-01-15",
    "size": [],
    "b": []
   },
   "expect": "F"
  },
  {
   "template": "{{ a['x y'] | split: ',' | json }}",
   "input": {
    "a": [
     "x,y",
     [
      [
       1,
       [],
       "x,y"
      ]
     ]
    ],
    "0": "",
    "b": [
     "Hello"
    ],
    "name": ""
   },
   "expect": "[]"
  },
  {
   "template": "{{ b[0].a }}",
   "input": {
    "last": [
     []
    ],
    "1": {
     "b": [],
     "é": {},
     "name": " "
    }
   },
   "expect": ""
  },
  {
   "template": "{{ [0] | join: ',' }}",
   "input": {
    "b": {
     "length": "0"
    },
    "a": true,
    "x y": "a"
   },
   "expect": ""
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b[0].a }}",
   "input": {
    "first": {
     "a": [],
     "é": {
      "length": "2024-01-15",
      "first": "a",
      "b": []
     },
     "b": {}
    },
    "name": 2.5,
    "length": [
     {
      "b": [],
      "a": [],
      "0": {}
     }
    ],
    "size": null
   },
   "expect": "01"
  },
  {
   "template": "{% if a.length %}T{% else %}F{% endif %}{% if a.length == empty %}E{% endif %}{% if a.length contains 'a' %}C{% endif %}",
   "input": {
    "first": [
     2.5,
     "12",
     [
      "size"
     ]
    ],
    "x y": "0",
    "b": "size",
    "é": "Hello"
   },
   "expect": "F"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b[0].a }}",
   "input": {
    "a": [
     {},
     1
    ],
    "first": [
     1e+21,
     null,
     {
      "last": true,
      "x y": []
     }
    ]
   },
   "expect": "01"
  },
  {
   "template": "{{ first | sum }}",
   "input": {
    "name": "size"
   },
   "expect": "0"
  },
  {
   "template": "{{ a['x y'] | date: '%Y' }}",
   "input": {
    "x y": 1e+21,
    "é": {
     "a": [],
     "name": true
    },
    "last": [
     {}
    ]
   },
   "expect": ""
  },
  {
   "template": "{{ a[1] | upcase }}",
   "input": {
    "size": true,
    "x y": {
     "1": {
      "length": "x,y",
      "last": "",
      "b": {
       "0": "Hello",
       "a": "12",
       "name": " "
      }
     },
     "b": null
    },
    "0": 1
   },
   "expect": ""
  },
  {
   "template": "{{ ['é'] | url_encode }}",
   "input": [
    "",
    {},
    "2024-01-15"
   ],
   "expect": ""
  },
  {
   "template": "{{ a['x y'] | push: 1 | json }}",
   "input": {},
   "expect": "[1]"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[-1] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ a[-1] | sum }}",
   "input": {
    "é": {
     "length": " ",
     "size": 1e+21,
     "1": []
    },
    "size": [
     []
    ]
   },
   "expect": "0"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.a }}",
   "input": {
    "length": -1,
    "last": [
     {}
    ],
    "size": {
     "name": [
      [
       "0",
       " ",
       "0"
      ],
      1,
      {
       "x y": 2.5
      }
     ],
     "size": [
      "12"
     ]
    },
    "0": {}
   },
   "expect": "01"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "a": {}
   },
   "expect": "01"
  },
  {
   "template": "{{ a['x y'] | last }}",
   "input": {
    "size": {},
    "first": "",
    "0": 1,
    "é": "size"
   },
   "expect": ""
  },
  {
   "template": "{% if first %}T{% else %}F{% endif %}{% if first == empty %}E{% endif %}{% if first contains 'a' %}C{% endif %}",
   "input": {
    "0": false,
    "b": -1,
    "name": 0
   },
   "expect": "F"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.a }}",
   "input": {
    "last": " ",
    "name": 1,
    "0": {
     "b": true,
     "0": {}
    }
   },
   "expect": "01"
  },
  {
   "template": "{{ length | upcase }}",
   "input": {
    "last": "",
    "first": "",
    "size": "a",
    "0": {
     "name": true,
     "length": {
      "é": "x,y"
     }
    }
   },
   "expect": ""
  },
  {
   "template": "{% if last %}T{% else %}F{% endif %}{% if last == empty %}E{% endif %}{% if last contains 'a' %}C{% endif %}",
   "input": {
    "length": {
     "b": {},
     "a": "2024-01-15"
    },
    "first": [],
    "x y": "a",
    "é": {
     "name": 0
    },
    "0": 1e+21
   },
   "expect": "F"
  },
  {
   "template": "{{ ['é'] | join: ',' }}",
   "input": {
    "x y": 0,
    "size": true,
    "b": "12",
    "é": {}
   },
   "expect": "[object Object]"
  },
  {
   "template": "{% if a[-1] %}T{% else %}F{% endif %}{% if a[-1] == empty %}E{% endif %}{% if a[-1] contains 'a' %}C{% endif %}",
   "input": {
    "name": "size"
   },
   "expect": "F"
  },
  {
   "template": "{% if ['é'] %}T{% else %}F{% endif %}{% if ['é'] == empty %}E{% endif %}{% if ['é'] contains 'a' %}C{% endif %}",
   "input": {
    "length": {
     "x y": [
      " ",
      -1,
      {
       "0": " ",
       "é": "2024-01-15",
       "b": -1
      }
     ]
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ b.a | sum }}",
   "input": {
    "first": 0,
    "size": [
     " "
    ]
   },
   "expect": "0"
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "first": {
     "length": {
      "size": {
       "length": " ",
       "é": false
      },
      "1": 2.5
     },
     "1": 2.5
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ ['é'] | compact | json }}",
   "input": {
    "a": {
     "length": 0,
     "size": {
      "last": [
       false
      ]
     }
    }
   },
   "expect": "[]"
  },
  {
   "template": "{% if a.name %}T{% else %}F{% endif %}{% if a.name == empty %}E{% endif %}{% if a.name contains 'a' %}C{% endif %}",
   "input": {
    "last": {
     "é": null
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ a | sum }}",
   "input": {
    "b": {
     "a": {
      "é": [],
      "0": "x,y"
     },
     "length": {
      "b": "Hello"
     }
    }
   },
   "expect": "0"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.name }}",
   "input": {
    "name": {
     "last": {
      "a": {
       "name": "12"
      },
      "0": []
     },
     "a": [],
     "size": [
      "x,y",
      [
       ""
      ],
      [
       "Hello",
       " ",
       2.5
      ]
     ]
    },
    "last": {
     "a": {
      "x y": 1,
      "0": {}
     }
    },
    "size": "0",
    "é": "0",
    "first": {
     "b": true,
     "1": [
      "size",
      "a",
      0
     ]
    }
   },
   "expect": "01"
  },
  {
   "template": "{{ a.size | split: ',' | json }}",
   "input": {
    "name": "Hello",
    "é": {
     "size": [
      2.5,
      [
       "Hello"
      ],
      {}
     ],
     "0": "12"
    },
    "x y": "",
    "length": {
     "0": [],
     "name": {
      "length": -1,
      "é": " ",
      "x y": []
     },
     "a": []
    },
    "a": {}
   },
   "expect": "[\"0\"]"
  },
  {
   "template": "{{ a.first | upcase }}",
   "input": {
    "x y": {
     "length": [
      -1,
      "Hello"
     ]
    },
    "0": "Hello",
    "b": [
     [
      "12"
     ],
     {},
     1e+21
    ]
   },
   "expect": ""
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "a": null
   },
   "expect": "01"
  },
  {
   "template": "{{ a.length | split: ',' | json }}",
   "input": {
    "a": {},
    "name": 1e+21
   },
   "expect": "[]"
  },
  {
   "template": "{% if b.a %}T{% else %}F{% endif %}{% if b.a == empty %}E{% endif %}{% if b.a contains 'a' %}C{% endif %}",
   "input": {
    "last": ""
   },
   "expect": "F"
  },
  {
   "template": "{{ a[-1] }}",
   "input": {
    "a": {
     "first": "Hello",
     "size": {}
    },
    "name": {
     "first": []
    },
    "0": [
     {
      "0": " ",
      "length": {}
     },
     [],
     {}
    ],
    "first": [
     {
      "length": "Hello"
     },
     [
      [
       "0",
       "Hello"
      ]
     ]
    ]
   },
   "expect": ""
  },
  {
   "template": "{% if a.last %}T{% else %}F{% endif %}{% if a.last == empty %}E{% endif %}{% if a.last contains 'a' %}C{% endif %}",
   "input": {
    "last": {
     "last": null,
     "b": " "
    },
    "0": [
     {}
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ 0 | slice: 1 | json }}",
   "input": {
    "first": {
     "1": "0",
     "0": "",
     "length": null
    },
    "size": "Hello",
    "last": -1,
    "length": {
     "length": [
      "a",
      {
       "x y": "2024-01-15",
       "name": "Hello",
       "first": "2024-01-15"
      },
      "size"
     ],
     "é": [
      2.5
     ],
     "x y": {
      "x y": {
       "0": [],
       "size": []
      },
      "last": {
       "1": 1,
       "0": " "
      }
     }
    }
   },
   "expect": "\"\""
  },
  {
   "template": "{{ a.name | split: ',' | json }}",
   "input": {
    "x y": "0",
    "0": {
     "length": [
      "12"
     ]
    }
   },
   "expect": "[]"
  },
  {
   "template": "{{ a.name | sum }}",
   "input": {
    "first": [],
    "b": [
     "a",
     [
      {}
     ]
    ],
    "name": "size",
    "a": 0,
    "é": {
     "b": {}
    }
   },
   "expect": "0"
  },
  {
   "template": "{% increment size %}{% increment size %}{{ size }}",
   "input": {
    "first": [
     1,
     "Hello",
     0
    ],
    "x y": true,
    "length": null,
    "a": ""
   },
   "expect": "012"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ ['é'] }}",
   "input": {
    "last": [
     1e+21,
     {
      "1": "2024-01-15",
      "last": -1,
      "first": {
       "last": "",
       "first": 0
      }
     },
     "Hello"
    ]
   },
   "expect": "01"
  },
  {
   "template": "{% if length %}T{% else %}F{% endif %}{% if length == empty %}E{% endif %}{% if length contains 'a' %}C{% endif %}",
   "input": {
    "length": {
     "last": "a"
    },
    "name": " ",
    "last": [],
    "0": []
   },
   "expect": "T"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a }}",
   "input": {
    "last": true,
    "length": [
     null
    ]
   },
   "expect": "012"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[b] }}",
   "input": {
    "size": {},
    "é": 1,
    "0": {}
   },
   "expect": "01"
  },
  {
   "template": "{{ a.last | url_encode }}",
   "input": {
    "size": {},
    "a": {}
   },
   "expect": ""
  },
  {
   "template": "{% if a.first %}T{% else %}F{% endif %}{% if a.first == empty %}E{% endif %}{% if a.first contains 'a' %}C{% endif %}",
   "input": {
    "length": "0",
    "x y": true,
    "b": 1,
    "size": [
     [],
     []
    ]
   },
   "expect": "F"
  },
  {
   "template": "{% if a.last %}T{% else %}F{% endif %}{% if a.last == empty %}E{% endif %}{% if a.last contains 'a' %}C{% endif %}",
   "input": {
    "b": [
     [
      "x,y"
     ]
    ],
    "first": {
     "é": {
      "a": [
       "12",
       "Hello",
       "a"
      ]
     },
     "b": ""
    }
   },
   "expect": "F"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ ['é'] }}",
   "input": {
    "name": "a",
    "a": [],
    "x y": {}
   },
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.last }}",
   "input": {
    "first": "size",
    "0": "2024-01-15",
    "name": {
     "é": [],
     "length": false
    }
   },
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[0] }}",
   "input": {
    "length": [],
    "x y": 0,
    "size": {
     "x y": {},
     "1": -1
    },
    "last": {}
   },
   "expect": "01"
  },
  {
   "template": "{{ a[0] | split: ',' | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{{ last | last }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% if size %}T{% else %}F{% endif %}{% if size == empty %}E{% endif %}{% if size contains 'a' %}C{% endif %}",
   "input": {
    "first": {
     "a": "2024-01-15",
     "x y": {
      "first": [
       "a"
      ]
     }
    },
    "b": "12"
   },
   "expect": "T"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.a }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ b }}",
   "input": true,
   "expect": ""
  },
  {
   "template": "{{ a[b] | last }}",
   "input": {
    "a": {},
    "é": {
     "0": " ",
     "last": [
      "a",
      "0",
      []
     ],
     "size": "2024-01-15"
    },
    "b": "0"
   },
   "expect": ""
  },
  {
   "template": "{{ size }}",
   "input": {
    "b": {
     "length": 2.5,
     "a": {
      "1": {
       "size": 1,
       "0": "x,y"
      }
     },
     "name": " "
    },
    "é": "2024-01-15",
    "length": " ",
    "name": {
     "é": "a",
     "last": {
      "length": {
       "1": 2.5,
       "first": -1
      }
     }
    }
   },
   "expect": "0"
  },
  {
   "template": "{{ b.size | json }}",
   "input": " ",
   "expect": ""
  },
  {
   "template": "{{ last | map: 'a' }}",
   "input": {
    "last": "Hello",
    "size": {
     "name": -1,
     "0": true,
     "length": {
      "length": -1,
      "0": {
       "last": "Hello"
      },
      "a": {
       "size": [],
       "a": 1e+21
      }
     }
    },
    "0": [],
    "first": 0,
    "é": " "
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ a[-1] | slice: 1 | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{{ [0] | date: '%Y' }}",
   "input": {
    "size": "size"
   },
   "expect": ""
  },
  {
   "template": "{% if a[-1] %}T{% else %}F{% endif %}{% if a[-1] == empty %}E{% endif %}{% if a[-1] contains 'a' %}C{% endif %}",
   "input": {
    "size": {
     "1": [],
     "é": 0
    },
    "0": {
     "b": " "
    },
    "name": "Hello",
    "é": [
     {
      "é": {}
     },
     "size",
     {
      "1": null,
      "a": "size",
      "x y": {
       "a": "",
       "name": "0"
      }
     }
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ [0] | where: 'a' | json }}",
   "input": [
    {
     "b": 0,
     "last": [],
     "a": {}
    },
    [
     true
    ],
    {}
   ],
   "expect": "[{\"b\":0,\"last\":[],\"a\":{}}]"
  },
  {
   "template": "{{ a.last | plus: 1 }}",
   "input": {
    "b": -1,
    "0": [],
    "a": [
     {},
     {}
    ]
   },
   "expect": "1"
  },
  {
   "template": "{{ a.first | slice: 1 | json }}",
   "input": {
    "é": false,
    "length": "2024-01-15",
    "x y": "x,y"
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[b] | plus: 1 }}",
   "input": {
    "first": 2.5,
    "a": "size",
    "é": " ",
    "length": {
     "1": -1,
     "b": [],
     "first": {
      "first": 1e+21
     }
    }
   },
   "expect": "1"
  },
  {
   "template": "{{ a[0] | slice: 1 | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{{ a[-1] | join: ',' }}",
   "input": {
    "size": "x,y",
    "last": {
     "é": [
      "0",
      -1
     ],
     "last": 1e+21,
     "name": [
      [
       "Hello"
      ],
      "2024-01-15",
      "Hello"
     ]
    },
    "b": "size"
   },
   "expect": ""
  },
  {
   "template": "{{ length | default: 'D' }}",
   "input": {
    "x y": [],
    "first": "0",
    "last": "0"
   },
   "expect": "D"
  },
  {
   "template": "{% if a.first %}T{% else %}F{% endif %}{% if a.first == empty %}E{% endif %}{% if a.first contains 'a' %}C{% endif %}",
   "input": {
    "last": false,
    "x y": "a",
    "size": 2.5
   },
   "expect": "F"
  },
  {
   "template": "{% if a.name %}T{% else %}F{% endif %}{% if a.name == empty %}E{% endif %}{% if a.name contains 'a' %}C{% endif %}",
   "input": {
    "length": {
     "first": [
      " ",
      {
       "name": 1,
       "last": -1
      },
      {
       "last": 1e+21
      }
     ]
    },
    "last": "size"
   },
   "expect": "F"
  },
  {
   "template": "{{ a[1] | where: 'a' | json }}",
   "input": {
    "0": [
     "0"
    ],
    "é": [
     "Hello",
     [
      [
       2.5,
       "Hello",
       []
      ],
      [
       "size"
      ],
      [
       "a",
       "a",
       true
      ]
     ]
    ],
    "b": []
   },
   "expect": "[]"
  },
  {
   "template": "{% if a.first %}T{% else %}F{% endif %}{% if a.first == empty %}E{% endif %}{% if a.first contains 'a' %}C{% endif %}",
   "input": {
    "0": {
     "0": 1
    },
    "x y": {
     "length": [],
     "size": {
      "a": "size"
     }
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ first | plus: 1 }}",
   "input": {},
   "expect": "1"
  },
  {
   "template": "{% if 0 %}T{% else %}F{% endif %}{% if 0 == empty %}E{% endif %}{% if 0 contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "T"
  },
  {
   "template": "{{ [0] | first }}",
   "input": {
    "size": "x,y"
   },
   "expect": ""
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "x y": 2.5,
    "name": "12",
    "first": [
     [],
     false,
     1
    ],
    "0": "0"
   },
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[0] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[-1] }}",
   "input": {
    "0": "a",
    "a": [
     null
    ],
    "b": "a"
   },
   "expect": "01"
  },
  {
   "template": "{{ a.last | default: 'D' }}",
   "input": "12",
   "expect": "D"
  },
  {
   "template": "{% if b.a %}T{% else %}F{% endif %}{% if b.a == empty %}E{% endif %}{% if b.a contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{{ a[b] | last }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ [0] | url_encode }}",
   "input": {
    "x y": {},
    "length": [
     1e+21,
     1e+21,
     1e+21
    ],
    "a": false
   },
   "expect": ""
  },
  {
   "template": "{{ length | json }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "last": false,
    "name": []
   },
   "expect": "F"
  },
  {
   "template": "{{ [0] | split: ',' | json }}",
   "input": {
    "first": {
     "length": null
    },
    "0": [
     {
      "last": false
     }
    ],
    "name": {
     "é": [
      [
       "0"
      ]
     ],
     "name": " ",
     "0": [
      true,
      1e+21
     ]
    },
    "b": true
   },
   "expect": "[\"[object Object]\"]"
  },
  {
   "template": "{{ a.size | join: ',' }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ last | json }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% if a.last %}T{% else %}F{% endif %}{% if a.last == empty %}E{% endif %}{% if a.last contains 'a' %}C{% endif %}",
   "input": {
    "b": [
     []
    ],
    "a": " ",
    "name": 1e+21,
    "length": [
     [
      [
       ""
      ],
      {
       "name": false,
       "é": []
      },
      true
     ],
     "0",
     "Hello"
    ]
   },
   "expect": "F"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[b] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b[0].a }}",
   "input": {
    "b": "0",
    "0": 1e+21,
    "x y": {
     "b": false,
     "length": {
      "length": " "
     }
    },
    "size": {
     "0": " ",
     "b": []
    }
   },
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.length }}",
   "input": {
    "0": "Hello",
    "first": {
     "1": {},
     "size": "size"
    },
    "length": [],
    "last": "0",
    "name": []
   },
   "expect": "01"
  },
  {
   "template": "{{ a[b] | sum }}",
   "input": {
    "length": "0",
    "0": "size",
    "first": {
     "b": [
      [
       null,
       0
      ],
      []
     ],
     "a": [
      [
       "2024-01-15"
      ],
      "a",
      {}
     ],
     "name": "size"
    }
   },
   "expect": "0"
  },
  {
   "template": "{{ b | default: 'D' }}",
   "input": {
    "b": {
     "last": "0",
     "a": " "
    },
    "é": -1,
    "last": 1e+21
   },
   "expect": "[object Object]"
  },
  {
   "template": "{{ a.name | push: 1 | json }}",
   "input": {
    "é": -1
   },
   "expect": "[1]"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.a }}",
   "input": {
    "0": [
     {
      "first": null,
      "size": "Hello",
      "x y": ""
     },
     [
      [
       null,
       "Hello"
      ],
      "Hello",
      "a"
     ]
    ],
    "a": " ",
    "é": 1e+21,
    "x y": [],
    "length": "x,y"
   },
   "expect": "01"
  },
  {
   "template": "{% if a[0] %}T{% else %}F{% endif %}{% if a[0] == empty %}E{% endif %}{% if a[0] contains 'a' %}C{% endif %}",
   "input": {
    "0": [
     [
      "2024-01-15"
     ],
     [
      1
     ],
     "size"
    ],
    "x y": {
     "name": {
      "1": {
       "a": 0,
       "length": [],
       "last": -1
      },
      "name": {
       "name": null,
       "x y": 2.5,
       "size": "0"
      }
     },
     "é": "x,y"
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ first | escape }}",
   "input": {
    "b": ""
   },
   "expect": ""
  },
  {
   "template": "{{ a.first | map: 'a' }}",
   "input": {
    "first": true,
    "a": {},
    "size": {},
    "length": 1e+21,
    "é": [
     [
      true
     ]
    ]
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "0": [
     1e+21
    ],
    "length": "0"
   },
   "expect": "01"
  },
  {
   "template": "{{ last | plus: 1 }}",
   "input": {
    "0": {
     "x y": " ",
     "é": {},
     "1": "12"
    },
    "size": true,
    "length": 1e+21,
    "a": " "
   },
   "expect": "1"
  },
  {
   "template": "{{ b.size | upcase }}",
   "input": {
    "a": {
     "a": 2.5
    },
    "length": "x,y",
    "x y": true,
    "b": "2024-01-15"
   },
   "expect": "10"
  },
  {
   "template": "{% if ['é'] %}T{% else %}F{% endif %}{% if ['é'] == empty %}E{% endif %}{% if ['é'] contains 'a' %}C{% endif %}",
   "input": {
    "first": [
     true
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ a[1] | first }}",
   "input": {
    "first": {
     "x y": {
      "1": ""
     },
     "a": " "
    }
   },
   "expect": ""
  },
  {
   "template": "{{ [0] | default: 'D' }}",
   "input": {},
   "expect": "D"
  },
  {
   "template": "{{ a.name | date: '%Y' }}",
   "input": {
    "b": [
     "size",
     [],
     {
      "b": "12",
      "1": "a"
     }
    ],
    "first": [
     [],
     {}
    ],
    "é": [
     {
      "length": "12",
      "a": "a",
      "last": {}
     },
     false
    ],
    "last": [
     null,
     []
    ],
    "length": false
   },
   "expect": ""
  },
  {
   "template": "{% if b %}T{% else %}F{% endif %}{% if b == empty %}E{% endif %}{% if b contains 'a' %}C{% endif %}",
   "input": {
    "name": "size"
   },
   "expect": "F"
  },
  {
   "template": "{{ ['é'] | upcase }}",
   "input": {
    "last": [
     "a"
    ],
    "first": -1,
    "0": {
     "1": {
      "first": [],
      "0": "a"
     }
    },
    "a": [
     "",
     "0",
     -1
    ]
   },
   "expect": ""
  },
  {
   "template": "{{ b.a | plus: 1 }}",
   "input": {
    "size": {
     "first": {},
     "name": [
      1
     ],
     "a": true
    },
    "a": 1e+21,
    "length": [],
    "x y": {},
    "last": []
   },
   "expect": "1"
  },
  {
   "template": "{{ last | upcase }}",
   "input": {
    "first": {},
    "0": "size",
    "é": 1,
    "b": {
     "x y": "Hello",
     "last": null
    },
    "name": {
     "length": {
      "a": {},
      "é": "size",
      "first": [
       "0",
       2.5,
       1e+21
      ]
     },
     "size": [
      [
       "12",
       0
      ],
      []
     ]
    }
   },
   "expect": ""
  },
  {
   "template": "{% if [0] %}T{% else %}F{% endif %}{% if [0] == empty %}E{% endif %}{% if [0] contains 'a' %}C{% endif %}",
   "input": {
    "0": "12",
    "name": {
     "first": true,
     "1": ""
    },
    "b": "x,y",
    "x y": true
   },
   "expect": "T"
  },
  {
   "template": "{{ a['x y'] | size }}",
   "input": {
    "name": [],
    "é": "Hello"
   },
   "expect": "0"
  },
  {
   "template": "{{ a[-1] | url_encode }}",
   "input": {
    "é": 2.5,
    "last": "Hello",
    "b": "x,y",
    "a": "Hello"
   },
   "expect": ""
  },
  {
   "template": "{{ first | url_encode }}",
   "input": {
    "last": "2024-01-15",
    "name": [
     [
      false,
      [
       "size"
      ],
      "Hello"
     ],
     1e+21,
     {}
    ],
    "b": "12",
    "0": 1,
    "length": []
   },
   "expect": ""
  },
  {
   "template": "{% if a.first %}T{% else %}F{% endif %}{% if a.first == empty %}E{% endif %}{% if a.first contains 'a' %}C{% endif %}",
   "input": {
    "last": -1,
    "a": false
   },
   "expect": "F"
  },
  {
   "template": "{{ last | date: '%Y' }}",
   "input": {
    "last": [
     {
      "size": {},
      "a": [
       "a",
       2.5,
       "12"
      ],
      "0": " "
     },
     {
      "1": [
       0,
       "a"
      ]
     }
    ],
    "length": [],
    "é": []
   },
   "expect": "[object Object][object Object]"
  },
  {
   "template": "{% if ['é'] %}T{% else %}F{% endif %}{% if ['é'] == empty %}E{% endif %}{% if ['é'] contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{{ a.last | push: 1 | json }}",
   "input": {
    "last": []
   },
   "expect": "[1]"
  },
  {
   "template": "{{ a.length | compact | json }}",
   "input": false,
   "expect": "[]"
  },
  {
   "template": "{{ a.length | first }}",
   "input": {
    "1": {
     "a": 2.5,
     "é": [
      [],
      true,
      1
     ],
     "size": false
    },
    "last": {
     "b": "Hello",
     "0": "size"
    }
   },
   "expect": ""
  },
  {
   "template": "{{ a | first }}",
   "input": {
    "name": [],
    "b": "size",
    "first": [
     {
      "last": [
       -1
      ],
      "first": true,
      "x y": {}
     },
     [
      1,
      "size"
     ]
    ]
   },
   "expect": ""
  },
  {
   "template": "{{ a | split: ',' | json }}",
   "input": {
    "size": true,
    "0": [
     [
      {
       "1": " ",
       "length": "12",
       "last": true
      },
      [
       ""
      ],
      "2024-01-15"
     ]
    ],
    "x y": " ",
    "length": {
     "1": "a",
     "size": ""
    }
   },
   "expect": "[]"
  },
  {
   "template": "{{ a.last | slice: 1 | json }}",
   "input": "2024-01-15",
   "expect": "[]"
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "first": {
     "x y": -1,
     "size": [
      "size"
     ]
    },
    "name": [
     [
      [
       0,
       true
      ],
      {
       "last": 1
      }
     ]
    ],
    "last": "size"
   },
   "expect": "F"
  },
  {
   "template": "{% if b %}T{% else %}F{% endif %}{% if b == empty %}E{% endif %}{% if b contains 'a' %}C{% endif %}",
   "input": {
    "0": {
     "length": [
      [],
      []
     ]
    }
   },
   "expect": "F"
  },
  {
   "template": "{% if length %}T{% else %}F{% endif %}{% if length == empty %}E{% endif %}{% if length contains 'a' %}C{% endif %}",
   "input": {
    "name": {},
    "0": null,
    "a": "a",
    "first": {
     "first": [
      " ",
      "x,y"
     ]
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ a[0] | size }}",
   "input": [],
   "expect": "0"
  },
  {
   "template": "{% increment length %}{% increment length %}{{ length }}",
   "input": {
    "x y": [
     []
    ],
    "b": {
     "length": {},
     "x y": [
      2.5,
      [
       -1
      ],
      -1
     ]
    }
   },
   "expect": "012"
  },
  {
   "template": "{{ length | escape }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ first | json }}",
   "input": {
    "é": [],
    "b": "12"
   },
   "expect": ""
  },
  {
   "template": "{{ ['é'] | compact | json }}",
   "input": {
    "last": []
   },
   "expect": "[]"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.first }}",
   "input": {
    "name": [
     [
      {}
     ],
     true,
     [
      "Hello",
      {}
     ]
    ]
   },
   "expect": "01"
  },
  {
   "template": "{{ a[-1] | slice: 1 | json }}",
   "input": {
    "a": {
     "length": "2024-01-15",
     "1": [
      [
       "12",
       "Hello",
       "a"
      ]
     ]
    }
   },
   "expect": "[]"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ [0] }}",
   "input": {
    "0": " ",
    "last": 1e+21
   },
   "expect": "01 "
  },
  {
   "template": "{{ a.last }}",
   "input": {
    "é": [],
    "size": "size",
    "a": {}
   },
   "expect": ""
  },
  {
   "template": "{% if a.name %}T{% else %}F{% endif %}{% if a.name == empty %}E{% endif %}{% if a.name contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{% if a[b] %}T{% else %}F{% endif %}{% if a[b] == empty %}E{% endif %}{% if a[b] contains 'a' %}C{% endif %}",
   "input": "size",
   "expect": "F"
  },
  {
   "template": "{% if a[1] %}T{% else %}F{% endif %}{% if a[1] == empty %}E{% endif %}{% if a[1] contains 'a' %}C{% endif %}",
   "input": {
    "name": "x,y",
    "first": [
     1e+21
    ],
    "é": []
   },
   "expect": "F"
  },
  {
   "template": "{{ a | size }}",
   "input": {
    "first": 2.5,
    "b": false,
    "last": {
     "a": [
      [
       1
      ],
      {},
      {
       "name": "x,y",
       "last": {}
      }
     ],
     "x y": " "
    },
    "length": [
     [
      2.5
     ],
     [
      [],
      [
       2.5
      ]
     ],
     1
    ],
    "size": [
     [
      {}
     ],
     {},
     [
      "12",
      {}
     ]
    ]
   },
   "expect": "0"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "x y": {
     "1": "2024-01-15",
     "é": {}
    },
    "0": true,
    "size": [
     [
      "Hello",
      [
       "0",
       false,
       "a"
      ],
      "size"
     ]
    ],
    "a": 1,
    "b": {}
   },
   "expect": "01"
  },
  {
   "template": "{{ b[0].a }}",
   "input": {
    "0": {
     "name": 1e+21,
     "first": "",
     "x y": [
      [],
      "",
      -1
     ]
    },
    "size": {
     "size": [
      {
       "last": "size",
       "length": 0
      }
     ]
    },
    "last": {
     "b": 0
    },
    "first": [],
    "length": 2.5
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a }}",
   "input": {
    "b": [
     [
      "x,y",
      []
     ],
     1,
     0
    ],
    "é": "2024-01-15"
   },
   "expect": "012"
  },
  {
   "template": "{% if a[-1] %}T{% else %}F{% endif %}{% if a[-1] == empty %}E{% endif %}{% if a[-1] contains 'a' %}C{% endif %}",
   "input": {
    "é": "Hello",
    "b": {
     "é": {},
     "x y": {}
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ a.first | date: '%Y' }}",
   "input": {
    "x y": "x,y"
   },
   "expect": ""
  },
  {
   "template": "{{ 0 | url_encode }}",
   "input": [
    -1,
    "size"
   ],
   "expect": "0"
  },
  {
   "template": "{{ a.last | slice: 1 | json }}",
   "input": {
    "last": [
     []
    ],
    "a": {
     "0": [
      [
       0,
       "size",
       "2024-01-15"
      ]
     ],
     "a": "12"
    },
    "first": [
     "0",
     {
      "last": {
       "name": false,
       "b": "a"
      },
      "1": "2024-01-15"
     }
    ],
    "length": {
     "length": [
      [
       1,
       ""
      ],
      {},
      []
     ]
    }
   },
   "expect": "[]"
  },
  {
   "template": "{% if a[b] %}T{% else %}F{% endif %}{% if a[b] == empty %}E{% endif %}{% if a[b] contains 'a' %}C{% endif %}",
   "input": {
    "length": {
     "last": [
      []
     ],
     "first": "12"
    },
    "name": [
     "2024-01-15",
     "x,y",
     []
    ],
    "size": [
     [
      [
       "a"
      ]
     ],
     2.5,
     [
      {}
     ]
    ],
    "0": [
     "x,y",
     0,
     {}
    ],
    "first": null
   },
   "expect": "F"
  },
  {
   "template": "{{ a.size | date: '%Y' }}",
   "input": {
    "name": {
     "é": {
      "length": 1,
      "é": {
       "x y": "0",
       "first": null
      }
     }
    },
    "size": true
   },
   "expect": ""
  },
  {
   "template": "{{ b.a | sum }}",
   "input": {
    "b": null,
    "length": "12",
    "name": true
   },
   "expect": "0"
  },
  {
   "template": "{{ b.a | plus: 1 }}",
   "input": {
    "name": {
     "last": "size",
     "first": "x,y",
     "length": "Hello"
    }
   },
   "expect": "1"
  },
  {
   "template": "{{ b.a | url_encode }}",
   "input": {
    "é": [],
    "b": "0"
   },
   "expect": ""
  },
  {
   "template": "{{ first | size }}",
   "input": {
    "last": [],
    "size": "Hello",
    "length": 1,
    "x y": 2.5
   },
   "expect": "0"
  },
  {
   "template": "{{ a[b] }}",
   "input": {
    "b": []
   },
   "expect": ""
  },
  {
   "template": "{{ b[0].a | upcase }}",
   "input": {
    "b": [],
    "a": "",
    "first": [
     [
      2.5,
      [
       true
      ]
     ],
     [
      "x,y",
      false,
      {
       "last": -1,
       "b": "12",
       "1": null
      }
     ],
     "x,y"
    ],
    "length": ""
   },
   "expect": ""
  },
  {
   "template": "{{ a.name | last }}",
   "input": {
    "a": [
     true,
     "12"
    ]
   },
   "expect": ""
  },
  {
   "template": "{{ a[1] | join: ',' }}",
   "input": {
    "a": " ",
    "size": [],
    "x y": {
     "last": {
      "0": []
     },
     "x y": []
    },
    "0": [],
    "length": {
     "last": {}
    }
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.name }}",
   "input": {
    "first": [
     false,
     [
      [],
      {
       "last": [],
       "name": "2024-01-15",
       "size": "2024-01-15"
      },
      -1
     ]
    ],
    "last": [
     " ",
     {
      "first": 0,
      "0": {}
     }
    ],
    "length": {
     "b": "2024-01-15",
     "last": {
      "a": null
     },
     "a": -1
    }
   },
   "expect": "01"
  },
  {
   "template": "{{ size | last }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ b.size | map: 'a' }}",
   "input": {},
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.last }}",
   "input": {
    "é": [
     true,
     0
    ],
    "x y": "x,y",
    "name": {
     "b": [
      {
       "x y": {},
       "length": " "
      }
     ],
     "a": []
    }
   },
   "expect": "01"
  },
  {
   "template": "{{ b.a | join: ',' }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a[b] | plus: 1 }}",
   "input": {
    "0": 2.5,
    "x y": "x,y"
   },
   "expect": "1"
  },
  {
   "template": "{% if a['x y'] %}T{% else %}F{% endif %}{% if a['x y'] == empty %}E{% endif %}{% if a['x y'] contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{{ a.name | escape }}",
   "input": {
    "0": []
   },
   "expect": ""
  },
  {
   "template": "{{ a['x y'] | map: 'a' }}",
   "input": {
    "name": {}
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{% if a.length %}T{% else %}F{% endif %}{% if a.length == empty %}E{% endif %}{% if a.length contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ ['é'] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ 0 | upcase }}",
   "input": {},
   "expect": "0"
  },
  {
   "template": "{{ a | where: 'a' | json }}",
   "input": {
    "length": "size",
    "b": [
     {
      "first": 1,
      "name": {}
     },
     {
      "1": {
       "last": 1e+21,
       "a": false,
       "0": -1
      }
     }
    ]
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[0] | split: ',' | json }}",
   "input": {
    "size": []
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[1] | compact | json }}",
   "input": {
    "name": {
     "x y": "a",
     "last": []
    }
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[b] | url_encode }}",
   "input": {
    "a": {},
    "b": 0,
    "x y": [
     [
      [
       {}
      ]
     ]
    ],
    "size": [],
    "é": [
     [
      [
       [],
       "Hello"
      ]
     ]
    ]
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[b] }}",
   "input": {
    "é": -1,
    "a": 0
   },
   "expect": "01"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.last }}",
   "input": {
    "b": [
     {},
     []
    ],
    "é": [],
    "size": [
     {},
     {
      "1": [
       "Hello",
       "size",
       " "
      ]
     },
     [
      "12",
      [],
      [
       -1
      ]
     ]
    ]
   },
   "expect": "01"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "x y": {
     "x y": {
      "1": "x,y"
     },
     "size": {
      "length": "12",
      "0": [
       "a"
      ]
     }
    }
   },
   "expect": "01"
  },
  {
   "template": "{{ a.last | json }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a.size | size }}",
   "input": {
    "length": []
   },
   "expect": "0"
  },
  {
   "template": "{{ size | compact | json }}",
   "input": {
    "last": {
     "last": "12"
    },
    "0": {
     "é": {
      "name": [
       2.5,
       false
      ],
      "1": []
     },
     "x y": []
    },
    "size": " ",
    "é": {},
    "b": true
   },
   "expect": "[\" \"]"
  },
  {
   "template": "{{ a['x y'] | url_encode }}",
   "input": {
    "é": {
     "last": "x,y",
     "first": 2.5
    },
    "b": " ",
    "length": "x,y",
    "name": {}
   },
   "expect": ""
  },
  {
   "template": "{{ a.name | slice: 1 | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{% if a[b] %}T{% else %}F{% endif %}{% if a[b] == empty %}E{% endif %}{% if a[b] contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{{ length | json }}",
   "input": {
    "length": " "
   },
   "expect": "\" \""
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "first": [
     [],
     {
      "first": "12"
     }
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ [0] | slice: 1 | json }}",
   "input": {
    "é": {
     "0": {
      "first": {
       "1": 1,
       "b": 2.5,
       "x y": {}
      },
      "length": ""
     },
     "length": [],
     "a": {
      "length": {
       "size": "x,y",
       "é": "x,y"
      }
     }
    },
    "a": {
     "1": [
      "12",
      0,
      {
       "a": "0",
       "length": null
      }
     ],
     "b": [
      {
       "é": [],
       "a": 1e+21
      },
      "size",
      1e+21
     ],
     "first": "a"
    }
   },
   "expect": "[]"
  },
  {
   "template": "{{ ['é'] | where: 'a' | json }}",
   "input": {
    "0": {},
    "size": {}
   },
   "expect": "[]"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a['x y'] }}",
   "input": {
    "x y": {},
    "size": {
     "b": 1e+21
    },
    "é": "0"
   },
   "expect": "01"
  },
  {
   "template": "{{ b.a | where: 'a' | json }}",
   "input": {
    "0": [],
    "a": {}
   },
   "expect": "[]"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.name }}",
   "input": {
    "first": {},
    "0": [
     2.5
    ],
    "b": "",
    "last": true,
    "size": {}
   },
   "expect": "01"
  },
  {
   "template": "{{ a[1] | json }}",
   "input": {
    "name": []
   },
   "expect": ""
  },
  {
   "template": "{{ a.size | json }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a.last | escape }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ a[0] | date: '%Y' }}",
   "input": {
    "length": true
   },
   "expect": ""
  },
  {
   "template": "{{ 0 | map: 'a' }}",
   "input": {
    "length": 1
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ a.length }}",
   "input": {
    "x y": {
     "b": "",
     "size": 1
    },
    "size": [
     ""
    ],
    "0": {},
    "length": "0",
    "name": {}
   },
   "expect": ""
  },
  {
   "template": "{% if a['x y'] %}T{% else %}F{% endif %}{% if a['x y'] == empty %}E{% endif %}{% if a['x y'] contains 'a' %}C{% endif %}",
   "input": {
    "length": null,
    "b": " ",
    "0": {
     "é": 0,
     "a": []
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ [0] | plus: 1 }}",
   "input": {
    "x y": [
     {},
     {
      "b": null
     },
     ""
    ]
   },
   "expect": "1"
  },
  {
   "template": "{% if b[0].a %}T{% else %}F{% endif %}{% if b[0].a == empty %}E{% endif %}{% if b[0].a contains 'a' %}C{% endif %}",
   "input": {
    "b": {
     "b": {},
     "0": {
      "size": {},
      "name": []
     }
    },
    "last": "Hello",
    "é": {
     "a": [
      {},
      [
       1
      ]
     ],
     "length": 1
    },
    "x y": {}
   },
   "expect": "F"
  },
  {
   "template": "{% if a['x y'] %}T{% else %}F{% endif %}{% if a['x y'] == empty %}E{% endif %}{% if a['x y'] contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.a }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{{ a['x y'] | plus: 1 }}",
   "input": {
    "0": {
     "x y": -1,
     "b": [
      0,
      1e+21
     ],
     "size": 0
    }
   },
   "expect": "1"
  },
  {
   "template": "{{ a.first | push: 1 | json }}",
   "input": {
    "é": ""
   },
   "expect": "[1]"
  },
  {
   "template": "{{ a.first | push: 1 | json }}",
   "input": {
    "b": 1,
    "last": 0,
    "name": {
     "x y": "a"
    }
   },
   "expect": "[1]"
  },
  {
   "template": "{% if 0 %}T{% else %}F{% endif %}{% if 0 == empty %}E{% endif %}{% if 0 contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "T"
  },
  {
   "template": "{{ b.size | default: 'D' }}",
   "input": {
    "size": 0,
    "0": [
     {
      "0": {},
      "first": [
       {},
       null
      ],
      "size": []
     }
    ],
    "name": {}
   },
   "expect": "D"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.size }}",
   "input": {
    "b": "12",
    "first": [
     {},
     []
    ],
    "a": "Hello",
    "size": {},
    "0": {
     "é": [
      [
       false,
       -1,
       0
      ]
     ],
     "name": {},
     "1": "12"
    }
   },
   "expect": "01"
  },
  {
   "template": "{{ a[1] | plus: 1 }}",
   "input": {},
   "expect": "1"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.size }}",
   "input": {
    "0": -1,
    "last": {},
    "é": 0
   },
   "expect": "01"
  },
  {
   "template": "{{ a[1] | upcase }}",
   "input": {
    "last": "2024-01-15",
    "b": null,
    "name": {
     "é": "x,y",
     "1": " "
    },
    "first": 2.5
   },
   "expect": ""
  },
  {
   "template": "{% if ['é'] %}T{% else %}F{% endif %}{% if ['é'] == empty %}E{% endif %}{% if ['é'] contains 'a' %}C{% endif %}",
   "input": {
    "é": {},
    "length": 0
   },
   "expect": "TE"
  },
  {
   "template": "{% if 0 %}T{% else %}F{% endif %}{% if 0 == empty %}E{% endif %}{% if 0 contains 'a' %}C{% endif %}",
   "input": {
    "b": null,
    "0": [
     " "
    ]
   },
   "expect": "T"
  },
  {
   "template": "{{ size | sum }}",
   "input": "2024-01-15",
   "expect": "0"
  },
  {
   "template": "{% if a.size %}T{% else %}F{% endif %}{% if a.size == empty %}E{% endif %}{% if a.size contains 'a' %}C{% endif %}",
   "input": {
    "é": 1,
    "x y": "Hello",
    "length": [
     1,
     2.5,
     {}
    ],
    "last": [
     -1,
     {
      "last": "a",
      "0": {
       "x y": "12"
      },
      "length": 1
     }
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ ['é'] | map: 'a' }}",
   "input": {
    "last": [
     [],
     0,
     null
    ]
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{% if a %}T{% else %}F{% endif %}{% if a == empty %}E{% endif %}{% if a contains 'a' %}C{% endif %}",
   "input": {
    "b": "12"
   },
   "expect": "F"
  },
  {
   "template": "{% if ['é'] %}T{% else %}F{% endif %}{% if ['é'] == empty %}E{% endif %}{% if ['é'] contains 'a' %}C{% endif %}",
   "input": {
    "length": {
     "b": []
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ a.length | join: ',' }}",
   "input": {
    "a": {
     "0": [
      true
     ],
     "x y": [],
     "length": {
      "1": false,
      "b": null
     }
    },
    "name": "size",
    "first": {
     "é": {},
     "name": {
      "length": {},
      "1": []
     },
     "last": {
      "1": [
       -1,
       " ",
       true
      ],
      "name": "size"
     }
    },
    "length": [
     [
      {
       "length": " ",
       "a": false
      },
      {
       "b": -1
      }
     ],
     0
    ]
   },
   "expect": "[object Object]"
  },
  {
   "template": "{{ ['é'] | json }}",
   "input": {
    "size": {}
   },
   "expect": ""
  },
  {
   "template": "{% if a[-1] %}T{% else %}F{% endif %}{% if a[-1] == empty %}E{% endif %}{% if a[-1] contains 'a' %}C{% endif %}",
   "input": {
    "é": "0"
   },
   "expect": "F"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ [0] }}",
   "input": {},
   "expect": "01"
  },
  {
   "template": "{% if size %}T{% else %}F{% endif %}{% if size == empty %}E{% endif %}{% if size contains 'a' %}C{% endif %}",
   "input": {
    "name": "Hello"
   },
   "expect": "T"
  },
  {
   "template": "{% if [0] %}T{% else %}F{% endif %}{% if [0] == empty %}E{% endif %}{% if [0] contains 'a' %}C{% endif %}",
   "input": 0,
   "expect": "F"
  },
  {
   "template": "{% if a[1] %}T{% else %}F{% endif %}{% if a[1] == empty %}E{% endif %}{% if a[1] contains 'a' %}C{% endif %}",
   "input": {
    "last": [
     [],
     {},
     "x,y"
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ a[0] | plus: 1 }}",
   "input": {
    "a": 1,
    "b": {},
    "length": {
     "size": [
      [],
      0,
      [
       "a",
       {}
      ]
     ],
     "b": {
      "é": null,
      "length": "0",
      "first": " "
     },
     "last": "12"
    },
    "0": []
   },
   "expect": "1"
  },
  {
   "template": "{{ b.a | escape }}",
   "input": {
    "size": " "
   },
   "expect": ""
  },
  {
   "template": "{{ length | upcase }}",
   "input": {
    "b": "",
    "length": 1e+21,
    "first": -1,
    "0": [
     "a"
    ],
    "é": 1
   },
   "expect": "1E+21"
  },
  {
   "template": "{% if last %}T{% else %}F{% endif %}{% if last == empty %}E{% endif %}{% if last contains 'a' %}C{% endif %}",
   "input": {
    "last": [
     "12",
     [
      "a"
     ]
    ],
    "size": [],
    "first": {
     "x y": ""
    },
    "é": [
     {
      "a": "12",
      "length": {}
     },
     "0"
    ]
   },
   "expect": "T"
  },
  {
   "template": "{{ b | sum }}",
   "input": {
    "length": {},
    "x y": "a",
    "b": {
     "b": []
    },
    "name": [
     {
      "é": {
       "a": "2024-01-15",
       "last": {}
      }
     },
     {},
     2.5
    ]
   },
   "expect": "0"
  },
  {
   "template": "{% if a[b] %}T{% else %}F{% endif %}{% if a[b] == empty %}E{% endif %}{% if a[b] contains 'a' %}C{% endif %}",
   "input": {
    "x y": "a",
    "a": 1,
    "0": [
     {
      "name": {
       "size": null,
       "last": 1e+21
      }
     },
     ""
    ],
    "é": "size"
   },
   "expect": "F"
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b.size }}",
   "input": {
    "last": "size",
    "first": [],
    "x y": []
   },
   "expect": "01"
  },
  {
   "template": "{{ last | date: '%Y' }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% increment 0 %}{% increment 0 %}{{ 0 }}",
   "input": {
    "0": {
     "last": {
      "é": false,
      "size": "size"
     }
    },
    "name": "",
    "last": []
   },
   "expect": "010"
  },
  {
   "template": "{{ a[b] | slice: 1 | json }}",
   "input": {
    "0": "Hello",
    "first": "Hello",
    "length": "a"
   },
   "expect": "[]"
  },
  {
   "template": "{% increment  %}{% increment  %}{{ [0] }}",
   "input": {
    "name": false,
    "0": {
     "a": [],
     "last": "0",
     "1": []
    },
    "a": 0
   },
   "expect": "01[object Object]"
  },
  {
   "template": "{{ size | last }}",
   "input": {
    "length": {
     "length": false,
     "é": " ",
     "x y": {
      "b": {
       "1": 2.5,
       "name": []
      }
     }
    },
    "last": [
     {},
     {
      "a": [
       "size",
       false,
       ""
      ]
     },
     []
    ],
    "first": {
     "size": "a"
    },
    "name": {
     "first": "a",
     "1": [
      [
       1e+21,
       "",
       "Hello"
      ]
     ]
    },
    "size": 1
   },
   "expect": ""
  },
  {
   "template": "{{ length | sum }}",
   "input": null,
   "expect": "0"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a }}",
   "input": {
    "0": "",
    "last": {},
    "a": [],
    "x y": -1,
    "first": [
     {
      "name": {
       "1": "x,y"
      },
      "0": {
       "b": "Hello",
       "name": 0
      },
      "a": {
       "x y": {},
       "first": -1,
       "name": "a"
      }
     },
     {
      "length": {},
      "a": true
     }
    ]
   },
   "expect": "012"
  },
  {
   "template": "{{ 0 | default: 'D' }}",
   "input": {
    "a": [
     false,
     0
    ],
    "length": {},
    "é": "12",
    "x y": {
     "x y": [],
     "length": {
      "0": [
       1,
       []
      ],
      "1": {
       "1": false
      }
     },
     "0": false
    }
   },
   "expect": "0"
  },
  {
   "template": "{{ [0] }}",
   "input": {
    "x y": [
     [
      [
       true,
       2.5
      ],
      {
       "b": 2.5,
       "length": "x,y",
       "first": 1e+21
      },
      0
     ]
    ],
    "length": {
     "x y": {}
    },
    "last": false,
    "é": 2.5
   },
   "expect": ""
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b }}",
   "input": {
    "name": " ",
    "é": 1e+21,
    "b": "12",
    "a": {},
    "x y": {}
   },
   "expect": "012"
  },
  {
   "template": "{{ a[b] | map: 'a' }}",
   "input": {
    "size": "2024-01-15",
    "first": {
     "last": [
      "12",
      [
       false,
       "12",
       "2024-01-15"
      ],
      {
       "first": "",
       "a": "Hello"
      }
     ],
     "a": 0,
     "1": "Hello"
    },
    "0": "",
    "name": 1e+21,
    "é": {
     "first": {},
     "a": 1
    }
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ last | map: 'a' }}",
   "input": {
    "size": {}
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ a.last | join: ',' }}",
   "input": {
    "length": {
     "b": [
      {
       "é": "0"
      },
      " ",
      []
     ]
    },
    "last": {
     "é": [
      null,
      "Hello"
     ]
    },
    "b": [
     "x,y"
    ]
   },
   "expect": ""
  },
  {
   "template": "{% if [0] %}T{% else %}F{% endif %}{% if [0] == empty %}E{% endif %}{% if [0] contains 'a' %}C{% endif %}",
   "input": {
    "name": [
     1
    ],
    "first": -1,
    "length": "x,y",
    "b": []
   },
   "expect": "F"
  },
  {
   "template": "{% increment first %}{% increment first %}{{ first }}",
   "input": {
    "é": "",
    "x y": [
     [],
     "size",
     ""
    ],
    "size": {
     "length": true
    },
    "b": "0"
   },
   "expect": "012"
  },
  {
   "template": "{{ b.size | map: 'a' }}",
   "input": -1,
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ b.a | split: ',' | json }}",
   "input": {
    "b": false,
    "é": 0,
    "a": " "
   },
   "expect": "[]"
  },
  {
   "template": "{% if a[0] %}T{% else %}F{% endif %}{% if a[0] == empty %}E{% endif %}{% if a[0] contains 'a' %}C{% endif %}",
   "input": {
    "0": 2.5,
    "é": [
     []
    ],
    "first": 2.5,
    "b": true,
    "size": {}
   },
   "expect": "F"
  },
  {
   "template": "{% increment first %}{% increment first %}{{ first }}",
   "input": {
    "size": {
     "size": {
      "size": "12",
      "é": true
     }
    },
    "last": [
     0,
     [
      "2024-01-15",
      2.5
     ],
     "size"
    ]
   },
   "expect": "012"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[1] }}",
   "input": {
    "x y": {
     "a": [
      {
       "b": null
      }
     ],
     "é": [
      " "
     ],
     "last": []
    }
   },
   "expect": "01"
  },
  {
   "template": "{% if b.a %}T{% else %}F{% endif %}{% if b.a == empty %}E{% endif %}{% if b.a contains 'a' %}C{% endif %}",
   "input": {
    "last": "2024-01-15",
    "0": {
     "length": {
      "last": {},
      "size": 2.5
     },
     "0": {}
    },
    "size": "2024-01-15"
   },
   "expect": "F"
  },
  {
   "template": "{{ a[b] | default: 'D' }}",
   "input": {
    "last": [
     "a",
     []
    ],
    "first": "0",
    "a": [],
    "name": [],
    "é": false
   },
   "expect": "D"
  },
  {
   "template": "{{ b | plus: 1 }}",
   "input": {
    "a": 1e+21,
    "name": {},
    "é": [
     {}
    ]
   },
   "expect": "1"
  },
  {
   "template": "{% if b[0].a %}T{% else %}F{% endif %}{% if b[0].a == empty %}E{% endif %}{% if b[0].a contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{{ b.a | slice: 1 | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{{ length | url_encode }}",
   "input": {
    "a": {
     "1": [],
     "first": {
      "0": [
       "size"
      ],
      "é": [
       1,
       true,
       ""
      ],
      "b": 2.5
     }
    },
    "0": [],
    "é": {},
    "last": {},
    "size": []
   },
   "expect": ""
  },
  {
   "template": "{{ ['é'] | json }}",
   "input": " ",
   "expect": ""
  },
  {
   "template": "{% increment b %}{% increment b %}{{ b[0].a }}",
   "input": {
    "length": {
     "é": {
      "size": []
     },
     "a": {
      "0": {
       "name": -1
      },
      "length": []
     }
    },
    "size": null,
    "x y": ""
   },
   "expect": "01"
  },
  {
   "template": "{{ 0 | last }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ b.a | size }}",
   "input": "2024-01-15",
   "expect": "0"
  },
  {
   "template": "{% increment last %}{% increment last %}{{ last }}",
   "input": {},
   "expect": "012"
  },
  {
   "template": "{% if a[0] %}T{% else %}F{% endif %}{% if a[0] == empty %}E{% endif %}{% if a[0] contains 'a' %}C{% endif %}",
   "input": {
    "length": [
     [
      {
       "a": "Hello",
       "size": "",
       "1": "2024-01-15"
      }
     ],
     [
      {
       "name": 2.5,
       "0": -1,
       "b": "2024-01-15"
      }
     ]
    ],
    "x y": "12",
    "0": {},
    "name": {
     "1": [
      {
       "size": 2.5,
       "length": " "
      },
      {
       "size": -1,
       "x y": 2.5
      },
      {}
     ]
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ a[b] | sum }}",
   "input": {
    "last": [
     [],
     "2024-01-15",
     []
    ],
    "length": [],
    "first": 2.5
   },
   "expect": "0"
  },
  {
   "template": "{{ a[0] | slice: 1 | json }}",
   "input": {
    "first": [
     "12",
     [],
     []
    ]
   },
   "expect": "[]"
  },
  {
   "template": "{{ a[b] | slice: 1 | json }}",
   "input": {
    "last": [],
    "0": {},
    "first": {
     "size": "",
     "b": [
      "Hello"
     ]
    }
   },
   "expect": "[]"
  },
  {
   "template": "{{ a.name | slice: 1 | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{{ b.size | first }}",
   "input": {
    "x y": [
     [],
     []
    ],
    "last": true
   },
   "expect": ""
  },
  {
   "template": "{{ size | json }}",
   "input": {
    "x y": "size",
    "last": {
     "first": "size",
     "last": {
      "last": {},
      "first": "Hello"
     }
    },
    "first": [],
    "name": 1e+21,
    "0": {
     "1": "x,y",
     "0": false
    }
   },
   "expect": "0"
  },
  {
   "template": "{{ a[0] | plus: 1 }}",
   "input": {
    "b": "12"
   },
   "expect": "1"
  },
  {
   "template": "{{ a.first | json }}",
   "input": {
    "length": {
     "x y": "x,y",
     "0": {
      "1": 2.5,
      "size": {},
      "é": [
       false
      ]
     },
     "size": [
      {},
      "12",
      {
       "1": "Hello",
       "a": 0
      }
     ]
    },
    "size": [
     [],
     [
      null
     ]
    ],
    "last": {},
    "b": [],
    "é": {}
   },
   "expect": ""
  },
  {
   "template": "{% if a[-1] %}T{% else %}F{% endif %}{% if a[-1] == empty %}E{% endif %}{% if a[-1] contains 'a' %}C{% endif %}",
   "input": {
    "last": "x,y",
    "x y": [
     [],
     {
      "é": false,
      "a": {
       "é": "12"
      }
     },
     "Hello"
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ a[1] | upcase }}",
   "input": {
    "name": "Hello",
    "0": {
     "size": {},
     "a": 1e+21
    },
    "x y": 0
   },
   "expect": ""
  },
  {
   "template": "{{ b.a | upcase }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ b | last }}",
   "input": {
    "name": {
     "last": [
      {
       "a": {},
       "name": "Hello"
      },
      2.5
     ],
     "first": {
      "last": "a",
      "b": {
       "x y": "",
       "é": "x,y"
      },
      "0": "2024-01-15"
     }
    },
    "é": [],
    "last": "2024-01-15",
    "length": "12",
    "first": {
     "length": {
      "length": {
       "size": "0",
       "x y": 1
      },
      "size": "Hello",
      "0": [
       ""
      ]
     },
     "b": {}
    }
   },
   "expect": ""
  },
  {
   "template": "{{ ['é'] | json }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ 0 }}",
   "input": {
    "b": [
     2.5,
     [
      [
       ""
      ],
      [
       0
      ],
      {
       "1": {},
       "é": 1,
       "first": {}
      }
     ],
     [
      [
       "0",
       [],
       []
      ],
      "",
      null
     ]
    ],
    "size": "12",
    "length": {},
    "last": {
     "é": true,
     "length": {
      "é": "x,y"
     }
    },
    "a": {}
   },
   "expect": "0"
  },
  {
   "template": "{% if a[1] %}T{% else %}F{% endif %}{% if a[1] == empty %}E{% endif %}{% if a[1] contains 'a' %}C{% endif %}",
   "input": {
    "length": {},
    "x y": "12"
   },
   "expect": "F"
  },
  {
   "template": "{{ a['x y'] | split: ',' | json }}",
   "input": "2024-01-15",
   "expect": "[]"
  },
  {
   "template": "{{ a.first | plus: 1 }}",
   "input": {
    "0": {},
    "last": "12",
    "é": {},
    "x y": [],
    "first": "a"
   },
   "expect": "1"
  },
  {
   "template": "{% if a.first %}T{% else %}F{% endif %}{% if a.first == empty %}E{% endif %}{% if a.first contains 'a' %}C{% endif %}",
   "input": {
    "b": [
     [
      [],
      {
       "name": "x,y",
       "size": -1,
       "last": 0
      },
      "size"
     ],
     null
    ]
   },
   "expect": "F"
  },
  {
   "template": "{% increment first %}{% increment first %}{{ first }}",
   "input": {
    "size": {
     "size": false,
     "first": 1
    },
    "name": "",
    "é": [
     "x,y",
     {
      "last": {
       "length": null,
       "1": {},
       "0": true
      },
      "0": []
     }
    ],
    "length": null
   },
   "expect": "012"
  },
  {
   "template": "{{ a.last | split: ',' | json }}",
   "input": {
    "é": {
     "b": true,
     "1": {}
    },
    "first": 1
   },
   "expect": "[]"
  },
  {
   "template": "{{ a | split: ',' | json }}",
   "input": true,
   "expect": "[]"
  },
  {
   "template": "{{ a['x y'] | upcase }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{{ first | json }}",
   "input": {
    "x y": true,
    "first": {
     "size": [
      []
     ],
     "last": {},
     "é": {
      "é": "a"
     }
    },
    "name": {},
    "last": [
     [
      1,
      null,
      2.5
     ],
     "size",
     {
      "first": [
       "12",
       false,
       "size"
      ]
     }
    ]
   },
   "expect": "{\"size\":[[]],\"last\":{},\"é\":{\"é\":\"a\"}}"
  },
  {
   "template": "{{ a[0] | last }}",
   "input": {
    "first": "12",
    "x y": [
     [
      [],
      [],
      {}
     ],
     " "
    ]
   },
   "expect": ""
  },
  {
   "template": "{% increment length %}{% increment length %}{{ length }}",
   "input": {
    "length": [
     {
      "name": "x,y",
      "last": [
       "12",
       " "
      ]
     },
     -1,
     {
      "name": {
       "a": " ",
       "size": null
      },
      "x y": {
       "size": 1e+21,
       "length": "2024-01-15",
       "b": "x,y"
      }
     }
    ]
   },
   "expect": "012"
  },
  {
   "template": "{{ a[1] | split: ',' | json }}",
   "input": 1e+21,
   "expect": "[]"
  },
  {
   "template": "{% if a.name %}T{% else %}F{% endif %}{% if a.name == empty %}E{% endif %}{% if a.name contains 'a' %}C{% endif %}",
   "input": {
    "b": [],
    "0": "12"
   },
   "expect": "F"
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.size }}",
   "input": {
    "a": {}
   },
   "expect": "01"
  },
  {
   "template": "{% increment size %}{% increment size %}{{ size }}",
   "input": {
    "b": {
     "a": "size"
    },
    "length": false,
    "name": {
     "é": [],
     "1": {
      "first": [
       false,
       "size"
      ]
     }
    }
   },
   "expect": "012"
  },
  {
   "template": "{% if a.first %}T{% else %}F{% endif %}{% if a.first == empty %}E{% endif %}{% if a.first contains 'a' %}C{% endif %}",
   "input": {
    "x y": false,
    "size": [
     false,
     [
      [
       true,
       "a"
      ],
      "12"
     ],
     2.5
    ]
   },
   "expect": "F"
  },
  {
   "template": "{{ b | where: 'a' | json }}",
   "input": {},
   "expect": "[]"
  },
  {
   "template": "{{ last | push: 1 | json }}",
   "input": {},
   "expect": "[1]"
  },
  {
   "template": "{% if last %}T{% else %}F{% endif %}{% if last == empty %}E{% endif %}{% if last contains 'a' %}C{% endif %}",
   "input": {
    "0": "size",
    "é": "a",
    "length": {
     "length": []
    },
    "b": 1,
    "name": {
     "1": {}
    }
   },
   "expect": "F"
  },
  {
   "template": "{% if a[0] %}T{% else %}F{% endif %}{% if a[0] == empty %}E{% endif %}{% if a[0] contains 'a' %}C{% endif %}",
   "input": {},
   "expect": "F"
  },
  {
   "template": "{{ a.name | upcase }}",
   "input": {
    "a": 2.5,
    "name": [],
    "x y": [
     true
    ],
    "é": [
     [
      "size"
     ],
     "12"
    ],
    "b": [
     "x,y",
     ""
    ]
   },
   "expect": ""
  },
  {
   "template": "{{ a[1] | url_encode }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% if b.a %}T{% else %}F{% endif %}{% if b.a == empty %}E{% endif %}{% if b.a contains 'a' %}C{% endif %}",
   "input": {
    "size": {
     "name": -1,
     "0": "size"
    },
    "first": {
     "é": "",
     "x y": "x,y"
    }
   },
   "expect": "F"
  },
  {
   "template": "{{ a.size | map: 'a' }}",
   "input": {
    "b": [
     {},
     2.5
    ]
   },
   "expectError": "filter \"map\" is disabled, line:1, col:1"
  },
  {
   "template": "{{ a | date: '%Y' }}",
   "input": {
    "size": 1e+21,
    "é": [
     [
      "a",
      {}
     ],
     {
      "1": [
       2.5,
       " "
      ]
     }
    ],
    "x y": [
     {
      "size": 0
     }
    ],
    "0": "0"
   },
   "expect": ""
  },
  {
   "template": "{{ b.a | size }}",
   "input": {
    "0": [
     -1,
     {
      "first": null,
      "a": {}
     }
    ],
    "x y": "a",
    "a": [
     {}
    ],
    "length": {
     "first": 0,
     "length": 1
    }
   },
   "expect": "0"
  },
  {
   "template": "{{ last | escape }}",
   "input": {
    "x y": 2.5,
    "0": [
     "a",
     1
    ],
    "length": "2024-01-15"
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a.size }}",
   "input": {
    "first": "12",
    "é": [
     1e+21
    ],
    "last": {}
   },
   "expect": "01"
  },
  {
   "template": "{{ [0] | url_encode }}",
   "input": {
    "name": "a",
    "length": [],
    "x y": false,
    "first": {}
   },
   "expect": ""
  },
  {
   "template": "{% increment a %}{% increment a %}{{ a[0] }}",
   "input": {
    "é": [],
    "length": " ",
    "0": {
     "1": {}
    },
    "first": false,
    "b": {}
   },
   "expect": "01"
  },
  {
   "template": "{{ length | last }}",
   "input": 2.5,
   "expect": ""
  },
  {
   "template": "{{ b[0].a | first }}",
   "input": {},
   "expect": ""
  },
  {
   "template": "{% if '-2' > true %}{% unless true >= '<b>' %} {{ -1 -}}{% endunless %}{% capture y %}  \n  {% endcapture %}{% elsif 'x y z' %}{% capture x %}{% unless properties.neg < 0 and properties.empty %}{{ 'Hello World' | pop }}{% increment c %}{% else %}{% assign y = properties.matrix | times: 1: properties.name %}{% assign properties = 'a,b,c' | abs %}\n{{- properties.mixed | floor | strip_html -}}{{ properties.text }}{% endunless %}{% endcapture %}text{% elsif '<b>' and properties.spaces %}{% capture x %}\n{{- properties.qty | hmac_sha256 -}}{% assign x = 10 | date_to_string %}  \n  {% endcapture %} {{- true -}}{% assign y = ' ' | date_to_string: properties.yes %}{{- 1 }}{%- else -%}{% increment c %}{% assign x = properties.nothing | replace_last: properties.zero, 1: true %}{% endif %}{{- properties.yes | at_least: traits.email }}",
   "expect": "text0"
  },
  {
   "template": "  \n  {{ 2.5 | strip | prepend: properties.csv -}}{% capture x %}\n{% capture y %}{% if nil %}{% assign properties = 'a,b,c' | at_least: properties.unicode %}{% elsif properties.empty %}{% assign properties = properties.text | remove %}{% assign properties = '3.5' | downcase %}{%- elsif (0..0) > properties.price or properties.qty %}  \n  {{- properties.csv -}}{% assign x = '-2' | replace %}{% else %}{% assign x = properties.entities | normalize_whitespace %}{% assign x = properties.numstr | cgi_escape:  %} {{ count | push: properties.zero }}{% cycle 'a', 'b' %}{%- endif -%}{% assign y = properties.blank | upcase %}{% endcapture %} {% endcapture %}",
   "expect": "  \n  a,b,,c,,2.5"
  },
  {
   "template": "\n{{- properties.missing | date_to_xmlschema -}}{% assign properties = properties.nested | replace_last:  %}",
   "expect": ""
  },
  {
   "template": "{{ x }}{{- 'a,b,c' | to_integer:  }}\n{{ properties.csv | append: properties.missing, 1: count }}",
   "expectError": "append expect 2 arguments, line:2, col:1"
  },
  {
   "template": "  \n  {{ properties.ts | date_to_xmlschema | strip_newlines }}  \n  {{- properties.entities | join | last }}{{ y }}",
   "expect": "  \n  2024-01-15T10:30:45+00:00;"
  },
  {
   "template": "{% unless properties.obj == properties.missing or properties.nested %}{{ '<b>' | plus: properties.products[0] -}} {{ list -}}{% assign x = 2.5 | compact %}{{ x }}{% endunless %}{% assign properties = 0.1 | remove_first: properties.matrix %}",
   "expect": ""
  },
  {
   "template": "\n\n{{ '3.5' | upcase }}  \n  {{ properties.ts | modulo: 10 | size }}{% if '' == '%Y-%m-%d' %} {% elsif properties.html %} {{- '3.5' | date_to_xmlschema | slugify: properties.products -}}  \n  {{- properties.qty | date | join: false }}{% capture y %}{% if 0.1 %} {{- 1 }}{% assign y = properties.floatstr | date_to_xmlschema %}{% assign y = 100 | remove: 'x y z' %}{{ y | json }}{%- elsif (0..0) %}{% assign y = properties.zero | round %}  \n  {{ properties.qty | at_most: properties.name, x: properties.unicode | rstrip -}}{% elsif properties.no %} {%- endif -%}{% unless properties.multi %}  \n  {{- '-2' | date: list, ' ' | base64_decode:  }}{% cycle 'a', 'b' %}{% assign x = false | times: -1 %}{% else %}{% assign x = properties.name | escape %}{% endunless %}{% endcapture %}{% elsif properties.missing or properties.no %} {{ properties.blank }}{% endif %}",
   "expect": "\n\n3.5  \n  02001-03-05t00:00:00+00:00Thursday, January 1, 1970 at 12:00 am +0000"
  },
  {
   "template": "{{- properties.emoji | last -}}  \n  {{- properties.products }}",
   "expect": "b[object Object][object Object][object Object]"
  },
  {
   "template": "{% capture x %}{% if 'x y z' <= properties.tags and traits.email %}{{ x | size }}{% if properties.no and '%Y-%m-%d' %}{{ y }}{% assign x = 'Hello World' | size %}{% assign y = properties.products | downcase %}{% else %}{{ x }}{% assign properties = properties.spaces | hmac_sha256: count %}{% endif %} {{- properties.entities -}}{% elsif properties.unicode %}{% increment c %}{%- else -%}{% capture y %} {{ (1..3) }}{% echo x | default: 'none' %}{% assign x = 'x y z' | json: 0 %}{% endcapture %}{% capture x %}{{ x | size }}{% assign x = properties.empty | at_least %}{% endcapture %}{%- endif -%}{% assign y = 0.1 | shift %}  \n  {{- properties.csv | abs: mode: 'x y z' | last }}{% endcapture %} {{ properties.floatstr }}{% capture x %}{% cycle 'a', 'b' %}{% endcapture %}",
   "expect": " 3.7"
  },
  {
   "template": "{{ x | size }}{% assign x = properties.products | floor %}",
   "expect": "0"
  },
  {
   "template": "{% capture y %}\n{{ properties.emoji | url_decode -}}{% endcapture %}{% unless properties.products %}{{ y }}{% endunless %}",
   "expect": ""
  },
  {
   "template": " {{ x }}{% capture y %}{% capture x %}  \n  {{- 'a,b,c' | jsonify }}{% assign y = properties.empty | truncatewords:  %}{% assign y = 'abc' | remove_first: 'abc' %} {% endcapture %}{% cycle 'a', 'b' %}{% endcapture %}{% unless 0 %}{% assign y = '3.5' | date_to_string: properties.text, 100 %}{{ y | json }}{% endunless %}",
   "expect": " "
  },
  {
   "template": " {{- empty | default: properties.date }}{% increment c %}",
   "expect": "2024-03-050"
  },
  {
   "template": " {{ list | number_of_words | sum: properties.epoch }}",
   "expect": " 0"
  },
  {
   "template": "\n{{- properties.text -}}  \n  {% unless properties.tags %}{% unless properties.epoch %}{% cycle 'a', 'b' %}{% assign x = 0.1 | xml_escape %}{% endunless %}{% assign x = properties.tags | date_to_string: 'a,b,c', properties.products, 1: properties.matrix %}{{ x }}{% endunless %}  \n  {{- properties.missing | pop }}",
   "expect": "The quick brown fox jumps over the lazy dog"
  },
  {
   "template": "\n{{ properties.no | join: true -}}  \n  {{ 100 | plus | normalize_whitespace }}",
   "expect": "\nfalseNaN"
  },
  {
   "template": "\n{{ properties.multi | prepend: 0 | round: false, 1: properties.tags }}  \n  ",
   "expect": "\n0  \n  "
  },
  {
   "template": "  \n  {{- '2024-01-15T10:30:00Z' | pop:  | compact -}}",
   "expect": ""
  },
  {
   "template": "{% assign properties = traits.email | json %} \n{{ traits.email | date_to_string: '%Y-%m-%d', properties.missing, x: properties.nothing | pop }} {{- 'a,b,c' | uri_escape | hmac_sha256:  -}}",
   "expect": " \n785d8d7ccb05a5eb9d5d0fb936f6d69643903b1e897b1fdf5ad5acdf11136886"
  },
  {
   "template": "\n{{- properties.ts }}",
   "expect": "2024-01-15T10:30:45.123Z"
  },
  {
   "template": "\n{{ traits.email | ceil | abs -}}",
   "expect": "\n0"
  },
  {
   "template": "{% assign x = -1 | at_most: properties.html %}  \n  {{- properties.nested }}{{ properties.entities -}}{% assign properties = 100 | lstrip:  %}",
   "expect": "[object Object]&lt;b&gt; &amp; &#39;q&#39; &quot;"
  },
  {
   "template": "{% unless properties.products[0] or 'a,b,c' %}  \n  {{ empty | json: properties.matrix | where: false }}{% unless nil %}{% assign y = properties.empty | modulo: 100 %}{% else %}{% unless ' ' == ' ' %}{{ y | json }}  \n  {{ 10 | truncate: properties.blank, properties.missing | json }}{% assign properties = properties.zero | slice %}{% else %}\n{{- 2.5 -}}{{ properties.neg -}}{% assign properties = properties.csv | date_to_rfc822 %}{{ x }}{% endunless %}{% endunless %}{% endunless %}",
   "expect": ""
  },
  {
   "template": "{% assign properties = 'Hello World' | modulo: properties.floatstr, 1: properties.name %}",
   "expect": ""
  },
  {
   "template": "{{- '-2' | append: properties.csv | raw:  -}}",
   "expect": "-2a,b,,c,,"
  },
  {
   "template": "{% assign x = properties.nested | replace: properties.nothing, properties.qty, allow_false: 10 %}{% capture y %}\n{{ properties.name }}\n{{- 'a,b,c' | size -}}{% if '2024-01-15T10:30:00Z' %}   \n  {{ properties.html -}}{% unless list %}{{ x }}  \n  {{- (0..0) | compact | json: 1 }}{% endunless %}{% capture y %}{{ x | size }} {{- properties.tags | floor:  -}}{% endcapture %}{% elsif false > properties.mixed %}{% unless properties.date %}{% assign properties = properties.yes | url_encode %}  \n  {{ '%Y-%m-%d' | unshift: properties.empty | number_of_words: properties.html -}}{{ properties.date | replace_first: -1 | ceil:  }}{% echo x | default: 'none' %}{% else %}{{ x }}{% endunless %}{% endif %}{% endcapture %}{{ '2024-01-15T10:30:00Z' | truncatewords -}}",
   "expect": "2024-01-15T10:30:00Z"
  },
  {
   "template": "{{ y }} {{ properties.no | pop }}",
   "expect": " "
  },
  {
   "template": "  \n  {{ properties.zero | strip_html -}}{% if properties.tags >= properties.tags %}{% increment c %}{%- elsif properties.floatstr %}  \n  \n{{ properties.matrix | hmac_sha256: properties.nested -}}\n{{- properties.zero | base64_decode | normalize_whitespace }}{% endif %} {{- properties.blank -}}",
   "expect": "  \n  00  "
  },
  {
   "template": "\n",
   "expect": "\n"
  },
  {
   "template": "{% unless properties.no %}\n{% cycle 'a', 'b' %}{% endunless %}",
   "expect": "\na"
  },
  {
   "template": "{{ properties.mixed | sum: properties.zero, x: 10 -}}  \n  {{- properties.floatstr | rstrip:  -}}\n",
   "expect": "7.53.7"
  },
  {
   "template": "{% capture y %}  \n  {{ x }}{% capture y %}{% assign y = (0..0) | compact %}{{ y }}{% endcapture %} {{ properties.multi | push -}}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{% unless true > properties.no or 'a&amp;b' %}{{ (1..3) | remove: nil | last }}{% else %}{% capture y %}{% assign x = 'a&amp;b' | divided_by %}{% capture x %}\n{{- properties.obj | replace | base64_decode }}{% assign y = properties.ts | normalize_whitespace %}{% endcapture %}{% assign properties = properties.empty | base64_encode %}{{- properties.emoji }}{% endcapture %}{% assign x = (0..0) | minus: properties.zero %}{% endunless %}{{ 'a,b,c' -}} ",
   "expect": "a,b,c"
  },
  {
   "template": "\n\n{{ properties.price | plus: properties.empty, mode: 'a&amp;b' | date_to_rfc822 -}}{% if properties.qty >= properties.blank %}  \n  {{ properties.zero | divided_by: properties.entities -}}{% assign y = properties.blank | modulo: properties.floatstr %}{% capture y %}  \n  {{ properties.epoch }}{% if properties.unicode or properties.entities %}  \n  {{ list -}}{% cycle 'a', 'b' %}  \n  {{ properties.nested | truncate: blank | times }}{{- 1 | floor -}}{% elsif properties.date %}{% assign y = properties.zero | shift %}{% cycle 'a', 'b' %}{{ properties.missing -}}{%- elsif -1 and properties.emoji or 'a&amp;b' %} {{ properties.no }}{% assign y = traits.email | capitalize %}{% else %}\n{{ 'a&amp;b' -}}{% endif %}{% assign x = properties.name | shift %}\n{{ '3.5' | split -}}{% endcapture %}{% elsif blank %}{% assign properties = properties.text | replace_first: 'a&amp;b', '%Y-%m-%d', 1: properties.emoji %}{{- properties.spaces }}{% endif %}",
   "expect": "\n\nThu, 01 Jan 1970 00:00:19 +0000  \n  NaN"
  },
  {
   "template": "  \n  ",
   "expect": "  \n  "
  },
  {
   "template": "{% assign y = properties.csv | join: properties.tags %} ",
   "expect": " "
  },
  {
   "template": "{% capture y %}\n{{ x | size }}{% endcapture %}",
   "expect": ""
  },
  {
   "template": " {{ properties.obj | uri_escape | downcase -}}  \n  {{- traits.email | uri_escape: mode: properties.neg | uri_escape }}{% assign y = properties.neg | where: allow_false: nil %}{% assign x = properties.nothing | push %}",
   "expect": " [object%20object]Sponge@Bob.com"
  },
  {
   "template": " {{ '<b>' | uri_escape | slugify -}}  \n  {{ ' ' | plus | xml_escape:  -}}{% if empty %}{% unless true %}\n{% else %}  \n  {{ properties.obj | unshift: properties.price -}}{{ properties.date | base64_encode -}}{% capture y %}{{- properties.mixed | jsonify | unshift: '3.5' }}{% assign properties = 10 | jsonify %}{% assign y = properties.date | last %}{{- properties.date | divided_by }}{% endcapture %}{% endunless %}{%- elsif '%Y-%m-%d' contains properties.html or 'a,b,c' %}{{ properties.no }} {{- -3.7 | capitalize -}}{%- endif -%}",
   "expect": " 3cb-3eNaN  \n  19.99[object Object]MjAyNC0wMy0wNQ=="
  },
  {
   "template": "{% increment c %}",
   "expect": "0"
  },
  {
   "template": "{% if traits.email or properties.products %}{{- properties.zero }}{% endif %}{% assign properties = properties.epoch | shift %}",
   "expect": "0"
  },
  {
   "template": "{{- count -}}\n{{ 'abc' | slice -}}\n{{ empty }}",
   "expect": "2"
  },
  {
   "template": "{% capture y %}  \n  {{ properties.epoch }}{% if '%Y-%m-%d' or '%Y-%m-%d' %}{% assign x = nil | replace_first: properties.nothing, true %}{{ y }}{% capture y %}{% endcapture %}{% elsif blank %}{% capture y %}{% assign y = false | shift:  %}{% assign properties = '%Y-%m-%d' | compact %}{% assign y = '%Y-%m-%d' | strip_html %}{% assign x = properties.yes | inspect %}{% endcapture %}{% assign properties = traits.email | hmac_sha256 %}{%- elsif nil %}{% assign properties = properties.name | date_to_rfc822 %}{% else %}  \n  {%- endif -%}{% assign x = properties.nested | plus %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "\n",
   "expect": "\n"
  },
  {
   "template": "{% unless properties.yes and properties.obj %}  \n  {{- 10 | normalize_whitespace | base64_encode }}{% endunless %}",
   "expect": ""
  },
  {
   "template": "{{ properties.yes | abs }}{% assign y = properties.spaces | hmac_sha256 %}",
   "expect": "1"
  },
  {
   "template": "{{ y }}",
   "expect": ""
  },
  {
   "template": " {{ properties.blank | compact | at_least: properties.multi, allow_false: 'abc' -}}",
   "expect": " 0"
  },
  {
   "template": "{% unless properties.missing or properties.no %}  \n   {{ properties.nothing }} {{- 100 }}{% endunless %}",
   "expect": "  \n   100"
  },
  {
   "template": "{% capture y %} {% assign properties = -1 | at_most %}{% endcapture %}text{% assign properties = -3.7 | ceil %}",
   "expect": "text"
  },
  {
   "template": "{% capture y %}{% echo x | default: 'none' %}  \n  {% endcapture %}{{ x }}\n{{ properties.price | base64_decode | at_most -}}",
   "expect": "\n0"
  },
  {
   "template": "{% if properties.products[0] > 100 %}  \n  {{ '%Y-%m-%d' | remove: 10 }}{{- 'x y z' }}{% assign y = properties.mixed | url_encode %}{%- endif -%}{{ properties.tags | strip_html:  }}\n{{- properties.blank | date_to_xmlschema | default -}}",
   "expect": "abc  "
  },
  {
   "template": "{% unless properties.numstr contains properties.nested %}{% unless properties.spaces <= properties.zero %}\n\n{% unless properties.floatstr contains 'a&amp;b' %}{% else %}{% assign properties = properties.products | sum: count %}{% assign y = 'Hello World' | compact %}{% endunless %}{% endunless %}{% else %}  \n  {{- properties.csv | base64_encode | date_to_xmlschema:  }} {{ properties.empty | date_to_long_string: 1, 'Hello World' }}{% endunless %}{% assign properties = (1..3) | abs %}{% assign y = properties.html | inspect %} ",
   "expect": "\n\n "
  },
  {
   "template": "{% assign properties = properties.ts | sha256 %}",
   "expect": ""
  },
  {
   "template": "\n{{ (0..0) | abs | date_to_rfc822 }}{% unless properties.missing > -3.7 %}{% unless '-2' %}\n{% assign x = -3.7 | uri_escape %}{% endunless %}{% else %}{% assign properties = properties.epoch | slice:  %}{% unless blank %}{{- ' ' | where: properties.products, 0 | url_encode }}{% assign x = properties.nothing | hmac_sha256 %} {{ 10 | push }}{% endunless %}{% capture y %}  \n  {{- 10 }}{{ y }}{% unless empty > '%Y-%m-%d' %}{% echo x | default: 'none' %}{{ x }}{% assign properties = properties.name | number_of_words %}{% endunless %}{% endcapture %}  \n  {% endunless %} {{- 'x y z' | hmac_sha256 -}}",
   "expect": "\nThu, 01 Jan 1970 00:00:00 +00002f4517ef5f7222c1f0d91cc236fa6f33fad376ef9709906f04878b009c2a6eec"
  },
  {
   "template": "{% unless properties.entities < 'a,b,c' %}{% assign properties = properties.text | xml_escape %}{% endunless %}",
   "expect": ""
  },
  {
   "template": "{% increment c %} {{ properties.epoch | where: properties.numstr | at_least: properties.multi }}  {{- properties.nested | date_to_long_string: nil }}",
   "expect": "0 0[object Object]"
  },
  {
   "template": "{% if traits.email > properties.entities and properties.yes %}\n{{ properties.csv | unshift: properties.spaces | rstrip }}{% unless properties.matrix == properties.csv %}{{ '<b>' | ceil:  }}{% unless 'a&amp;b' %}{% assign y = (0..0) | base64_encode:  %}  \n  {{ 100 | round }}  \n  {{ properties.entities | round: properties.products, mode: nil | at_least: 'abc', 1: 'abc' -}}{% endunless %}{% endunless %} {{ 0 | remove | sum: properties.missing -}}{{ false | append: properties.csv }}{%- endif -%}",
   "expect": "\n  padded  a,b,,c,,0 0falsea,b,,c,,"
  },
  {
   "template": "  \n  {{- properties.mixed | raw }} {{- properties.entities }}{% unless (1..3) >= properties.text %}{% capture y %}{% capture x %} \n{% assign properties = properties.nested | minus %}{% endcapture %}{{ properties.matrix -}}{% unless properties.neg %}{% assign properties = 0 | raw %}{% else %}{% assign properties = count | sha256 %}{% endunless %}{% endcapture %}{% unless properties.floatstr %}{% capture y %}{{- properties.name | url_encode -}}{% endcapture %}{% endunless %} {{- 'abc' | shift }}{% else %}{% capture y %}{% assign x = properties.zero | upcase:  %}\n{{ false }}{% unless nil %}  \n  {{ properties.obj -}}\n{{- 10 | lstrip -}}{% else %}{% assign x = '2024-01-15T10:30:00Z' | unshift: nil %}{% endunless %}{% if '' >= properties.unicode %}\n{{- blank | truncatewords: traits.email | remove_first }}{% endif %}{% endcapture %}{% endunless %}",
   "expect": "123.5true&lt;b&gt; &amp; &#39;q&#39; &quot;"
  },
  {
   "template": "{% unless '2024-01-15T10:30:00Z' %}{% increment c %}{% else %}{% assign properties = properties.tags | divided_by: '-2' %}{% assign x = 'Hello World' | abs %}{% endunless %}",
   "expect": ""
  },
  {
   "template": "{% increment c %}",
   "expect": "0"
  },
  {
   "template": "{{ 0.1 -}}{{ properties.products[0] }}{% assign properties = properties.products[0] | escape_once %}",
   "expect": "0.1[object Object]"
  },
  {
   "template": "{% capture x %}{% assign x = properties.unicode | first %}  \n  {{ properties.yes }}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{{- empty }}{{- 10 -}}{{ x }}{% assign properties = 10 | date: list %}",
   "expect": "10"
  },
  {
   "template": "{% capture y %}  \n  {{- '2024-01-15T10:30:00Z' | floor -}}\n{{ properties.numstr | escape | upcase }}{% cycle 'a', 'b' %}{% unless properties.ts > list %}\n{% if properties.matrix or properties.floatstr %}  {{ properties.numstr }}{% assign x = 'Hello World' | cgi_escape %}\n{{- -1 | url_encode:  | truncate: properties.emoji, properties.name, mode: '3.5' -}}{%- elsif '2024-01-15T10:30:00Z' and properties.spaces %}{{- 'Hello World' | date_to_string: false -}}{{- properties.nested | date_to_long_string -}}  \n  {{ properties.tags }}{%- elsif 1 and properties.mixed %}{% assign y = properties.products[0] | ceil: mode: -1 %}  \n  {% endif %}{% endunless %}{% endcapture %}\n{{ '2024-01-15T10:30:00Z' }}\n  \n  ",
   "expect": "\n2024-01-15T10:30:00Z\n  \n  "
  },
  {
   "template": "\n{{- properties.tags | split: properties.qty | base64_encode }}",
   "expect": "YWJj"
  },
  {
   "template": "{% assign properties = '2024-01-15T10:30:00Z' | normalize_whitespace %}{% assign y = blank | date_to_xmlschema: 1: true %}{% capture x %}{% if properties.spaces > properties.emoji and '<b>' %}{{ y | json }}{% elsif properties.emoji %}{% unless '' and properties.nested %}{% assign y = (1..3) | escape_once %}{{ y }}{% else %}{% assign x = empty | uri_escape %}{% assign x = properties.floatstr | date_to_xmlschema:  %}{% endunless %}{%- endif -%}{% assign y = properties.ts | at_least: properties.empty %}{% assign x = properties.matrix | number_of_words %}{% endcapture %}{% capture x %}  \n  {{- properties.qty -}} {{ '' }}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{{ y }}",
   "expect": ""
  },
  {
   "template": "{% capture x %}{% assign properties = properties.missing | raw %}{% capture x %}{{ nil | modulo: properties.qty }}  \n  {{- properties.missing | remove_first: properties.no }}\n{{ list | times: '' -}}{% unless 1 %}{% assign y = '<b>' | capitalize %}{% else %}  \n  {{ traits.email | floor | date_to_rfc822:  -}}{{ y | json }}\n{{ properties.name | truncate:  }}{% endunless %}{% endcapture %}{% endcapture %}{% assign y = properties.empty | replace %}",
   "expect": ""
  },
  {
   "template": "{% unless properties.zero or '2024-01-15T10:30:00Z' %}{{ y }}{{ x | size }}{% capture y %}{% if properties.missing == 'Hello World' %}  \n  {{- true | rstrip -}}  \n  {{- properties.nested | date_to_rfc822:  }}\n{{ 'x y z' | replace_first: 0 | base64_encode }}\n{{- properties.entities -}}{% elsif properties.obj %}\n{%- elsif properties.no and properties.tags %} {{ properties.entities | floor | strip_newlines }}{%- else -%}\n{{- '2024-01-15T10:30:00Z' | normalize_whitespace | append: properties.name -}}{{- 2.5 | strip: allow_false: 'a&amp;b' | date_to_rfc822:  }}{%- endif -%}  \n   {{- properties.epoch | replace: '<b>' -}}{% endcapture %}{% assign y = false | push %}{% endunless %}",
   "expect": ""
  },
  {
   "template": "  \n  {{- properties.price }}",
   "expect": "19.99"
  },
  {
   "template": "{% capture x %}{% assign x = properties.mixed | raw %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "  \n  {{- 0.1 | where:  -}}{% capture y %}  \n  {% endcapture %} {{- properties.floatstr | strip_html -}}",
   "expect": "3.7"
  },
  {
   "template": "{% if 10 %}{{ y }}{% endif %} {{ properties.csv }}",
   "expect": " a,b,,c,,"
  },
  {
   "template": "\n{{- -3.7 -}} {{- -3.7 | cgi_escape:  -}}",
   "expect": "-3.7-3.7"
  },
  {
   "template": "  \n  ",
   "expect": "  \n  "
  },
  {
   "template": "{% if properties.spaces or properties.emoji %}{{- 1 | round -}}\n{% elsif 100 %}{{ x }}{% endif %}\n{% increment c %}{% echo x | default: 'none' %}",
   "expect": "1\n0none"
  },
  {
   "template": "{% if properties.ts %} {{ 10 | at_least: -3.7 | last:  }}{% unless 'Hello World' or (0..0) %}{% capture y %}  \n  {{- nil | size | where: '-2', ' ' -}}{% endcapture %}{% endunless %}{% assign x = properties.mixed | date_to_xmlschema %}{% elsif properties.ts %}{% cycle 'a', 'b' %}{% assign properties = properties.floatstr | capitalize %}{% endif %}",
   "expect": " "
  },
  {
   "template": "\n  \n  {{ ' ' | strip_html -}}{% assign x = properties.multi | size %}{% if traits.email < properties.numstr %}{% assign properties = '%Y-%m-%d' | sum: properties.nothing, 1: -1 %}  {% assign y = properties.no | where: properties.date %}{% elsif 'x y z' %}{% assign properties = empty | replace_first: '', x: properties.unicode %}{% else %}\n{{ properties.neg | shift | date_to_long_string: properties.text -}}{% endif %}",
   "expect": "\n  \n   "
  },
  {
   "template": "  \n  ",
   "expect": "  \n  "
  },
  {
   "template": "{% capture x %}  \n  {{- '%Y-%m-%d' -}}{% assign x = 10 | url_encode %}{% assign x = properties.date | number_of_words: properties.matrix %}{% endcapture %}{% capture y %}{% capture y %} {{- '3.5' }} {{- -3.7 }}{% if properties.unicode and '<b>' %}\n{{ 'Hello World' | capitalize }}{% assign y = '%Y-%m-%d' | date_to_xmlschema:  %}{% assign y = 0 | date %}{% elsif properties.text %}{% assign x = 'x y z' | minus:  %}{%- else -%}  \n    \n  {{- 'Hello World' | lstrip:  | downcase }}{% echo x | default: 'none' %}{% endif %}{% endcapture %}{{ properties.matrix }}{% endcapture %}{{ 'a,b,c' | base64_encode -}}{% assign properties = false | join: properties.multi, x: properties.epoch %}",
   "expect": "YSxiLGM="
  },
  {
   "template": "\n{{- empty | ceil }}  \n  {{ traits.email | remove_first }}",
   "expect": "0  \n  Sponge@Bob.com"
  },
  {
   "template": " {{- nil | inspect | divided_by -}}{% assign properties = properties.empty | sha256:  %}\n{{ 100 | last | sha256 -}}",
   "expect": "NaN\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
  },
  {
   "template": "{% unless 'Hello World' %}\n{{ blank | upcase }}\n{% else %}{% if ' ' %}  \n  {{- properties.csv }}{% elsif properties.text <= 10 %}  \n  {{- properties.epoch -}}{% capture y %}{% assign x = '3.5' | raw %}  \n  {{ 0.1 -}}{{- properties.obj | downcase:  }}\n{{ properties.nested | ceil | jsonify -}}{% endcapture %}  \n  {{- 'a,b,c' | floor }}{% unless 10 %}  \n  {{- properties.products | inspect -}}{{ y | json }}{{ y | json }}{% endunless %}{%- else -%}{% assign x = traits.email | sum: properties.multi %}{% unless properties.date %}{% assign x = 0 | join: properties.ts %}{% else %}{% assign properties = properties.entities | escape_once %}\n{% endunless %} {{ 0.1 | default: properties.neg }}{% endif %}{% endunless %}{% increment c %}",
   "expect": "a,b,,c,,0"
  },
  {
   "template": "  \n  {{ count }}{{ properties.no | strip_html -}}{{ properties.emoji | abs: allow_false: properties.tags }}\n{{ nil | number_of_words: properties.emoji | raw -}}",
   "expect": "  \n  2false0\n0"
  },
  {
   "template": " {% assign properties = 1 | last %}{% unless properties.qty or 2.5 %}{% unless properties.html %}{% if properties.spaces contains properties.unicode %} {{- properties.numstr | base64_encode:  | uri_escape:  }}{{ (1..3) | escape_once }}{{- blank | date_to_long_string: -1, properties.spaces, allow_false: (0..0) -}}{%- endif -%}{% unless properties.neg %}{% assign properties = 2.5 | remove: properties.date %}{% assign x = properties.neg | modulo: 0.1 %}{% else %}  \n  {{- traits.email }}{% cycle 'a', 'b' %}\n{{- properties.date -}}{% assign properties = properties.mixed | compact %}{% endunless %}{{- 'a&amp;b' }}{% endunless %}{% else %} {{ 'a,b,c' | capitalize | strip_html:  }}{% if properties.numstr contains properties.entities %}\n{{- properties.qty | truncate | normalize_whitespace:  }} {% assign x = 'Hello World' | default:  %}\n{{ properties.spaces | push | remove: traits.email, x: properties.text -}}{%- endif -%}{% endunless %}{% assign properties = properties.zero | push %}",
   "expect": "  A,b,c"
  },
  {
   "template": "{% capture y %}{% if true and properties.csv %}{% unless properties.empty and 2.5 %}{% assign y = properties.name | minus %}\n{{ 'x y z' }}{% else %}\n{{ x }}\n{{- blank }}{% assign x = 0 | plus:  %}{% endunless %}{% echo x | default: 'none' %}\n{{- '' | truncatewords }}{% unless properties.csv %} {% increment c %}{% assign properties = properties.missing | minus:  %}{% else %}{% assign properties = count | remove %}{% assign y = 'a,b,c' | jsonify: mode: traits.email %}{% endunless %}{%- else -%}{% capture x %}{% assign y = properties.qty | size %}{% assign properties = 'a,b,c' | push: 'a,b,c' %} {{- properties.multi }}{% endcapture %}{% assign x = properties.no | abs %}{{- properties.nothing }}{%- endif -%}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "  \n  {{ properties.nested | strip_newlines | ceil -}} {{ properties.matrix | where: -3.7 -}}{% if properties.unicode and properties.nested or properties.products %}{% assign properties = -1 | modulo %}{%- else -%} {{ 'abc' | modulo: '2024-01-15T10:30:00Z' -}} {{- properties.tags }}{% assign y = properties.csv | default %}\n{{ 0.1 }}{%- endif -%}{% unless (1..3) >= '-2' %}{{- properties.name | last | slice: '', x: 0 }}{% endunless %}",
   "expect": "  \n  0"
  },
  {
   "template": " {{- count | at_least: properties.qty, allow_false: 'Hello World' | times: '-2' }}",
   "expect": "-6"
  },
  {
   "template": " {{- properties.entities }}{{ y | json }}{% assign y = properties.matrix | last: x: blank %}",
   "expect": "&lt;b&gt; &amp; &#39;q&#39; &quot;"
  },
  {
   "template": " {{ '3.5' }}{{ properties.emoji | number_of_words: properties.emoji | where: properties.csv -}}",
   "expect": " 3.5"
  },
  {
   "template": "{% assign properties = properties.blank | json: '3.5' %}",
   "expect": ""
  },
  {
   "template": " ",
   "expect": " "
  },
  {
   "template": "text",
   "expect": "text"
  },
  {
   "template": "{% assign y = properties.zero | size %}{{ properties.epoch }}{% assign properties = properties.spaces | last %}",
   "expect": "1705314645"
  },
  {
   "template": " {% capture y %}{% capture x %} {{- traits.email -}}\n  \n  {{ properties.epoch | escape_once -}}text{% endcapture %}{% endcapture %}",
   "expect": " "
  },
  {
   "template": "{% echo x | default: 'none' %} {% assign y = properties.products | abs %}{% increment c %}",
   "expect": "none 0"
  },
  {
   "template": "{{ y | json }}",
   "expect": ""
  },
  {
   "template": "\n{{- properties.products[0] | strip | remove -}}",
   "expect": "[object Object]"
  },
  {
   "template": "{% capture x %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{% if properties.epoch and (0..0) %}{{ x | size }}{% if 'a,b,c' > properties.price %} {%- else -%}  \n  {{ 'x y z' | truncatewords: 0.1, properties.blank, 1: '%Y-%m-%d' | escape_once }}{%- endif -%}{% assign properties = '2024-01-15T10:30:00Z' | date_to_xmlschema %}{% assign x = nil | at_most %}{%- else -%}{{ properties.no | abs:  }}{{- -1 -}}  \n  {% endif %}\n",
   "expect": "0  \n"
  },
  {
   "template": "{% assign y = ' ' | split %} {{- properties.unicode | base64_encode -}}{% unless properties.spaces <= properties.date %}   \n    \n  {{ properties.floatstr | default: properties.matrix }}{{ x | size }}{% endunless %}",
   "expect": "aMOpbGxvIHfDtnJsZCDDnw=="
  },
  {
   "template": "\n{{ 'Hello World' -}}",
   "expect": "\nHello World"
  },
  {
   "template": "\n",
   "expect": "\n"
  },
  {
   "template": "{% assign properties = 0.1 | strip %}{% capture y %}\n{{ properties.unicode }}{% endcapture %} {{ properties.empty | modulo: properties.obj -}}",
   "expect": " NaN"
  },
  {
   "template": "{{ 100 | strip_html:  | to_integer:  }}",
   "expect": "100"
  },
  {
   "template": "{% assign properties = properties.name | base64_encode:  %}{% unless properties.date contains properties.html %} {{ properties.mixed }}{% else %}{% endunless %}{{- list | pop }}{% assign y = 2.5 | push: properties.unicode, x: properties.floatstr %}",
   "expect": " 31"
  },
  {
   "template": "{% unless properties.no contains 'abc' %}{% unless properties.floatstr or 0 %}{% unless properties.name %}{% assign x = properties.obj | remove %}{% endunless %}{% assign properties = properties.neg | number_of_words: (1..3), allow_false: -3.7 %}{% endunless %}{% if (0..0) %}{% unless 2.5 >= '<b>' %}{% cycle 'a', 'b' %}{% else %}{% assign x = '<b>' | remove_last:  %}{% endunless %}{% assign x = properties.empty | strip_html:  %}{%- else -%}{% assign x = list | modulo: properties.unicode, x: properties.obj %}{% endif %}  \n  {{- 'a&amp;b' -}}{% endunless %}{% increment c %}{% capture x %}{% assign y = properties.unicode | inspect:  %}{% unless properties.floatstr %}\n{% capture y %}{% assign properties = 1 | shift %}text{{ y }}{% endcapture %}{% else %}{{ 1 }}{% endunless %}{% assign y = properties.nothing | where: 1 %}\n{{ properties.tags | replace_last: properties.date -}}{% endcapture %}",
   "expect": "aa&amp;b0"
  },
  {
   "template": "  \n  {{ properties.epoch }}",
   "expect": "  \n  1705314645"
  },
  {
   "template": "{% assign properties = '-2' | escape_once:  %}",
   "expect": ""
  },
  {
   "template": " {{ 'x y z' | append: properties.nothing | url_encode:  -}}\n {{ properties.neg | slugify -}}",
   "expect": " x+y+z7-5"
  },
  {
   "template": "{% assign y = properties.blank | floor:  %}  \n  {{ properties.products }}text",
   "expect": "  \n  [object Object][object Object][object Object]text"
  },
  {
   "template": "  \n  {{- 'Hello World' }}  \n  \n{{ 10 -}}",
   "expect": "Hello World  \n  \n10"
  },
  {
   "template": "\n",
   "expect": "\n"
  },
  {
   "template": " {{- properties.html }}{% if 0.1 %}{% if 100 <= properties.name %}{% if 0 >= properties.tags %}{{ y }}{{ x }}{% endif %}\n{%- elsif empty %} {{- empty | remove_last: '', allow_false: properties.name -}}{% capture y %} {{- empty }}{{ properties.ts -}}{% endcapture %}{% increment c %}{%- endif -%}{%- elsif '3.5' <= properties.missing and properties.floatstr %}{% assign y = 0.1 | slice: '-2' %}\n\n{{ properties.date | base64_encode -}}{% assign x = nil | divided_by %}{% endif %}{% capture x %}  \n  {{ properties.products -}}  \n   {{ '%Y-%m-%d' | remove_first | truncatewords -}}{% endcapture %}",
   "expect": "<p class=\"x\">Hi & bye</p>0"
  },
  {
   "template": "{% capture y %}  \n  {{- properties.emoji | first -}}{{- 0 | round | number_of_words -}}  \n  {{- 0.1 | cgi_escape -}}{% endcapture %}{% assign x = properties.ts | jsonify %}{% assign x = properties.price | remove_first %}",
   "expect": ""
  },
  {
   "template": "{% capture x %}  \n    \n  {% if properties.qty %}{{ y | json }}{%- elsif list %} {% if '<b>' contains '2024-01-15T10:30:00Z' %}{% assign properties = (1..3) | base64_encode %}{% endif %}{% capture y %}{% assign y = properties.products[0] | minus: '<b>' %}{% endcapture %}{% unless properties.spaces or properties.unicode %}text{% endunless %}{%- elsif '3.5' %}\n{{- '' }}{% assign x = properties.neg | append: properties.empty, 1: 0 %}{%- endif -%}{% unless '2024-01-15T10:30:00Z' %}{% unless blank %} {{- '-2' -}}{% endunless %}{% capture y %}{{ x }}  \n  {{ 2.5 | remove_first | append: properties.price -}}{{ x }}{% endcapture %}{% endunless %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{% if properties.no contains properties.neg %}  \n  {{ true | cgi_escape }}\n{{- empty | abs: 1: properties.empty | jsonify }}{% assign properties = traits.email | push: '2024-01-15T10:30:00Z' %}{%- else -%}{% assign x = properties.mixed | url_encode %}{% capture y %}  \n  {{ properties.tags | replace: properties.html -}}{% endcapture %}{% endif %}",
   "expect": ""
  },
  {
   "template": " {{ properties.zero | raw -}}{% capture y %} {% if (1..3) < properties.csv %}   \n  {% if properties.epoch != properties.multi %}{% assign y = properties.numstr | replace_last: properties.ts, properties.html %}{{ '3.5' | remove: 'x y z' | hmac_sha256: properties.floatstr, x: true -}}  \n  {%- else -%}{% assign y = 2.5 | divided_by %}{{ y | json }}{% endif %}{%- elsif properties.products <= true %}{{ x | size }}{% endif %}{{- -3.7 | url_encode }}{% if 'Hello World' <= properties.products %}{% assign properties = properties.tags | escape_once %}\n{%- else -%}text {{- properties.name | jsonify | divided_by: properties.html -}}{% if properties.tags <= properties.no %}{% assign x = -3.7 | sha256 %}  \n  {{- list | date_to_long_string: properties.ts, empty, allow_false: properties.obj -}}{%- else -%}text{% endif %}{%- endif -%}{% endcapture %} {{ properties.no | plus: x: '<b>' -}}",
   "expect": " 0 0"
  },
  {
   "template": "{{ y }}",
   "expect": ""
  },
  {
   "template": "{% capture y %}{% unless properties.spaces == true %}{% if properties.products %}{{ x | size }}{% assign properties = false | downcase:  %}  \n  {{- properties.spaces | replace_first: properties.multi -}}{%- elsif properties.text or properties.numstr and traits.email %}{{ x }}\n{{- '<b>' | base64_decode -}}  \n  {% assign y = 'a&amp;b' | sha256 %}{%- endif -%}{% endunless %}text{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{% assign x = properties.unicode | base64_encode %}{% cycle 'a', 'b' %}{% capture x %}\n{% if properties.multi == properties.products[0] %}  \n  {{ properties.tags | default -}}{% capture x %}{{ x | size }}{% assign y = properties.csv | url_encode %}{% endcapture %}{% elsif properties.matrix %}{% unless 'a,b,c' %}\n{{- properties.unicode }}{% assign y = properties.entities | date_to_string %}{{ y }}{% else %}{% assign properties = properties.qty | date_to_long_string %}{% endunless %}{% assign y = properties.products[0] | url_decode %}{% assign y = 2.5 | xml_escape %}\n{%- endif -%}{% endcapture %}",
   "expect": "a"
  },
  {
   "template": "{% unless '2024-01-15T10:30:00Z' %}{% if '<b>' or properties.html or 'Hello World' %}{% if '-2' %}{{ y }}  \n  {{ properties.zero | split | rstrip:  }}{% assign y = properties.qty | hmac_sha256 %}{% else %}\n{{- '3.5' | cgi_escape | upcase -}}\n{{- properties.html }}{% endif %}{% assign x = '3.5' | size:  %}{%- endif -%}{% endunless %}",
   "expect": ""
  },
  {
   "template": "  \n  {{ 2.5 | jsonify | capitalize -}}  \n  {{- '' -}}",
   "expect": "  \n  2.5"
  },
  {
   "template": "{% unless 10 %}{% assign y = -1 | slice: properties.qty %}  \n  {{- properties.products | append: 2.5 -}}{% capture x %}\n{{- false | raw -}}\n{{ empty | inspect | truncatewords: blank, properties.epoch, x: '' -}}{% endcapture %}{% endunless %} {{ properties.entities | lstrip -}}  \n  {{ properties.mixed -}}",
   "expect": " &lt;b&gt; &amp; &#39;q&#39; &quot;123.5true"
  },
  {
   "template": "{{ empty | remove_first | truncate: properties.empty, traits.email, x: properties.text -}}{{ properties.blank }}\n{{ properties.emoji | escape | shift }}",
   "expect": "  \n"
  },
  {
   "template": "{% assign x = true | ceil %}{% capture x %}{% if properties.text %}{% assign properties = properties.products[0] | round:  %}{%- elsif 100 and properties.no and properties.products %}{{ x | size }}{% capture x %}{% assign properties = empty | shift %} {% endcapture %}   \n  {% elsif (1..3) %}text{% assign y = traits.email | jsonify %}{% echo x | default: 'none' %}{%- endif -%}{% capture x %} {{ properties.name | strip_newlines -}} {{- properties.text }}{% if 'x y z' == 0 %}{% assign x = '3.5' | date_to_string:  %} {% assign x = properties.multi | escape %}{% assign properties = true | prepend: '2024-01-15T10:30:00Z' %}{% endif %}{% endcapture %}{% endcapture %}  \n  {{- -3.7 }}{{ x | size }}",
   "expect": "-3.70"
  },
  {
   "template": "{% if false %} {{- properties.ts | default | remove: properties.date -}}{{ properties.ts | truncatewords: properties.empty }}{% assign properties = properties.floatstr | json: nil %}{%- elsif 'Hello World' contains properties.matrix %}{% unless properties.no %}{% if properties.multi and false %}{% assign y = true | inspect %}{{ list | slice: properties.date | base64_encode -}}{% assign properties = 100 | date_to_xmlschema:  %}{% elsif properties.zero %}{% assign x = properties.epoch | hmac_sha256 %}{% assign x = count | inspect %}{% assign x = 'Hello World' | join %}{{ x }}{% elsif list contains properties.nothing %}{{ x | size }}{% echo x | default: 'none' %}{% endif %} {{- properties.products | ceil | push }}{% else %}  \n  {{- 10 }}{% capture y %}{% assign y = properties.no | base64_decode %} {{ properties.neg | cgi_escape }}{% endcapture %}\n{% endunless %}{% endif %}",
   "expect": ""
  },
  {
   "template": "{% assign properties = properties.spaces | url_encode %}{% unless 'x y z' == count %}{% assign properties = true | append: 'x y z' %}  \n  {{- 'Hello World' | pop:  | inspect:  -}}\n{% endunless %}{% unless properties.ts == properties.unicode %}{{- properties.numstr | strip_newlines }}{{ properties.text | date_to_long_string: properties.nothing, properties.neg | pop -}}{% assign properties = list | append: '%Y-%m-%d', allow_false: properties.unicode %}{{- properties.spaces }}{% endunless %} {{ properties.zero | escape_once | truncatewords: 10 }}",
   "expect": "[] "
  },
  {
   "template": "\n{{- properties.unicode | date_to_rfc822 -}}\n{{- properties.products | slice }}{% assign x = properties.obj | capitalize %}\n{{- 2.5 | rstrip | round: 'a&amp;b' -}}",
   "expect": "héllo wörld ß3"
  },
  {
   "template": "{{ y | json }}{% assign x = 0.1 | date_to_xmlschema %}",
   "expect": ""
  },
  {
   "template": " {% assign properties = properties.nested | jsonify %}  \n  {{- list | capitalize -}}{% assign x = true | date: 0, mode: -1 %}",
   "expect": " 312"
  },
  {
   "template": "\n{{- -1 | split -}}",
   "expect": "-1"
  },
  {
   "template": "\n{{- properties.products[0] -}}",
   "expect": "[object Object]"
  },
  {
   "template": "  \n  ",
   "expect": "  \n  "
  },
  {
   "template": "{{ '<b>' | json: 0.1 }}{{- properties.html }}  \n  ",
   "expect": "\"<b>\"<p class=\"x\">Hi & bye</p>  \n  "
  },
  {
   "template": " {{- count | compact }}{% capture x %}{{ y | json }}{{ properties.entities }}{% endcapture %}",
   "expect": "2"
  },
  {
   "template": "{% echo x | default: 'none' %}{% cycle 'a', 'b' %}{% assign x = -3.7 | at_most:  %}",
   "expect": "nonea"
  },
  {
   "template": "{{- list | rstrip | remove_first: 1: properties.yes }}",
   "expect": "312"
  },
  {
   "template": "  \n  {{ properties.qty | compact }}{% assign properties = traits.email | remove_last %}{% echo x | default: 'none' %}",
   "expect": "  \n  3none"
  },
  {
   "template": "{{ y | json }}{% assign x = 100 | lstrip %}{% unless properties.matrix or count %} {{ properties.qty | strip_html | divided_by }} {{ properties.html | rstrip:  -}}\n{{- properties.obj | json | compact -}}{% else %}{{- ' ' }}{{ properties.numstr -}}{% endunless %}",
   "expect": " 42"
  },
  {
   "template": "{% if properties.name and 0.1 %}{{ x | size }}{% capture x %}\n{% capture y %}  \n  {{- list | floor | minus }}  \n  {{ -1 | xml_escape | downcase }}{% endcapture %} {{- properties.neg }}{% endcapture %}{%- elsif 'abc' and properties.empty %}\n{% unless '2024-01-15T10:30:00Z' %}\n  \n  {{- 'x y z' | rstrip }}{% else %}{{ x }}\n{{- 100 }}{% endunless %}{% assign properties = list | sha256 %}{% capture y %}{{ x | size }}{% endcapture %}{% else %}  \n  {%- endif -%}\n{{- properties.blank | slice: 0, 0 -}} {{ 'abc' }}{% unless properties.products[0] %} {{- properties.name | replace | remove_last: properties.numstr -}}{{ 'a&amp;b' -}}{% else %}{{- properties.floatstr | remove | truncatewords: '<b>' -}}{% endunless %}",
   "expect": "0abc"
  },
  {
   "template": "{% capture y %}\n{{ properties.unicode | append: nil }}{% endcapture %}  \n  {% unless properties.price %}{% capture y %} {% unless 10 %}{{ properties.neg | json: nil, allow_false: properties.unicode }}{% endunless %}{% unless -3.7 %}{% assign y = 'a&amp;b' | compact:  %}{% else %}{% assign x = properties.html | first %}{% endunless %}{% assign y = (1..3) | rstrip %}{% endcapture %}{% if 10 %}{% if 'abc' >= false %}\n{{ properties.missing }}{% endif %}{{ x | size }}{% capture y %} {{ properties.products | strip_newlines | push -}}{% endcapture %}{%- else -%} {% assign y = 'abc' | first %}{% endif %}{% else %}\n{{ ' ' | capitalize | push -}}{% endunless %}{% assign x = properties.entities | downcase %}",
   "expect": "  \n  \n "
  },
  {
   "template": "{% unless properties.html and '-2' %} \n{% else %}{% capture x %}{{ x | size }}{% assign x = 1 | url_encode %} {{- properties.nothing | lstrip | at_most: true -}}{% endcapture %}{% assign x = properties.empty | abs:  %}\n{{ traits.email | number_of_words -}}{% endunless %}",
   "expect": "\n1"
  },
  {
   "template": "{% capture y %}{{- 'x y z' -}}{% assign x = properties.text | prepend: '2024-01-15T10:30:00Z' %}{{ y | json }}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{% capture y %}{% if '<b>' <= -1 %}{% capture y %}{{ 1 | unshift | base64_decode }}{% endcapture %}{% capture x %}  \n  {{ 'a,b,c' }}{% endcapture %}{% assign y = list | divided_by:  %}{% assign properties = properties.no | number_of_words:  %}{% elsif properties.products != -3.7 %}{% if properties.tags >= properties.name or 'abc' %}{% increment c %}{% assign y = '%Y-%m-%d' | round:  %}{% assign y = -3.7 | at_most: count %}{% endif %} \n{{ ' ' | size }}{% else %}{% capture y %}{% assign x = properties.products | ceil %}  \n  {{- properties.epoch | default }}{% assign properties = -3.7 | sum: properties.zero %}\n{{- properties.missing | join: (1..3), allow_false: '%Y-%m-%d' }}{% endcapture %}{% endif %} {{ properties.entities | unshift: '2024-01-15T10:30:00Z' | rstrip }}  \n  {% assign x = properties.ts | truncate: -3.7, properties.mixed %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": " {{- properties.epoch | cgi_escape }}{% unless properties.nested %}  \n  {% endunless %}{% if properties.tags %}{% capture x %}  \n  {% endcapture %}{% endif %}{% if properties.blank > false or properties.numstr %}\n{{ -1 | append: properties.epoch -}}{% elsif 'x y z' %} {{- properties.no | divided_by | xml_escape -}}{{- (0..0) | default | unshift -}}{{ properties.nothing | truncatewords:  -}}{%- elsif false != traits.email and '%Y-%m-%d' %}{{- 'a&amp;b' -}}{% unless count != empty %} {{ properties.zero | ceil | url_encode:  }}{% assign properties = properties.epoch | escape_once %}{% if properties.emoji or properties.name %} {{- properties.html }}{% elsif 'Hello World' %}  \n  {{- 'Hello World' | split | sha256 }}{%- endif -%}{{ properties.multi | first }}{% endunless %} {{ 'a,b,c' | split: properties.emoji | compact }}{% else %}{{ '%Y-%m-%d' | where: blank, 1 -}}{% unless empty != properties.spaces %}\n{{ properties.price | minus }}{% increment c %}{% endunless %}\n{{- 100 }}{% endif %}",
   "expect": "1705314645\n-11705314645"
  },
  {
   "template": "{% assign properties = properties.yes | last %}text  \n  ",
   "expect": "text  \n  "
  },
  {
   "template": "  \n  {{ 1 | sum: properties.ts }} {{ properties.csv | default: allow_false: 'abc' }}{{ x | size }}",
   "expect": "  \n  0 a,b,,c,,0"
  },
  {
   "template": "",
   "expect": ""
  },
  {
   "template": "{% increment c %}  \n  {{ 100 | default: properties.floatstr | downcase: 1: properties.numstr -}}  \n  {{- properties.text -}}{% assign x = traits.email | remove_first: properties.html %}",
   "expect": "0  \n  100The quick brown fox jumps over the lazy dog"
  },
  {
   "template": "{% if traits.email == -1 or properties.yes %}  \n  {{ true | remove | where: properties.yes, properties.price, 1: 2.5 -}}\n{% elsif list or properties.entities %} {{ properties.blank -}}{% assign properties = 0 | url_encode %}{% else %}  \n  {% assign x = 100 | date_to_xmlschema %}{% assign y = properties.date | json: properties.entities %}{% cycle 'a', 'b' %}{%- endif -%}  \n  {{- properties.numstr | last | base64_encode }}",
   "expect": "  \n  Mg=="
  },
  {
   "template": "{{ x | size }}",
   "expect": "0"
  },
  {
   "template": "{% assign x = properties.blank | plus %}{% increment c %}",
   "expect": "0"
  },
  {
   "template": "  {{ properties.blank | replace_last }}{% assign properties = properties.products | first %}",
   "expect": "    "
  },
  {
   "template": "{{ x | size }}{% increment c %}{{- properties.nested | unshift:  -}}",
   "expect": "00[object Object]"
  },
  {
   "template": "  \n  {{- properties.nested | date_to_string: 'a&amp;b' | split -}}{{- properties.matrix | url_encode | remove_first: properties.nested -}}{{ properties.csv | remove_last: properties.mixed -}}{% assign y = traits.email | floor:  %}",
   "expect": "[object Object]1234a,b,,c,,"
  },
  {
   "template": "  \n  {% capture y %}{% unless properties.yes or '' %} {{ list | abs }}{% else %} {{- properties.yes | ceil }} {{- properties.products[0] }}\n{{- properties.products }}{% capture y %}\n{{- properties.nothing | url_encode }}{% assign properties = properties.multi | uri_escape %}{% assign x = properties.yes | remove:  %}{% endcapture %}{% endunless %}\n{{- properties.zero | round: properties.blank | first -}}{% echo x | default: 'none' %}  \n  {{- (0..0) | truncatewords: 0.1, '%Y-%m-%d' }}{% endcapture %}{% cycle 'a', 'b' %}",
   "expect": "  \n  a"
  },
  {
   "template": "{% if 1 < properties.mixed %}\n{% assign y = properties.date | escape: x: properties.nested %}  \n  {{ properties.no }}{%- elsif blank >= true %}{% assign y = properties.emoji | compact %}{% if empty < properties.emoji %}{% assign y = traits.email | strip_newlines %}{%- else -%}{% if '-2' or -3.7 %}{% cycle 'a', 'b' %}  \n  {% assign properties = properties.floatstr | unshift: properties.tags %}{{ properties.epoch | downcase | modulo }}{%- elsif properties.mixed %}{% assign x = properties.products[0] | ceil %}{% elsif '-2' %}  \n  \n{{- 1 | size | upcase }}{% assign properties = empty | number_of_words: (0..0) %}{{- 2.5 | upcase -}}{% endif %}{%- endif -%} {{- properties.empty | times }}{%- elsif properties.products != properties.multi and properties.no %}\n{{ properties.empty | compact | round: -1 }}{%- endif -%}",
   "expect": ""
  },
  {
   "template": "{% unless properties.blank != blank %}{{ properties.tags | shift:  | slugify: properties.price -}}{% unless properties.text == properties.no %}{% assign y = (0..0) | date_to_rfc822 %}{% capture x %}  \n  {{ properties.neg | downcase }}{{ x }} {{- properties.ts | json }}{% increment c %}{% endcapture %}{{ x | size }}{% endunless %}\n{{- properties.nested }}{{ -3.7 | to_integer | normalize_whitespace -}}{% endunless %}{{ 0 | size | json: true }}{% assign x = properties.matrix | date: (1..3), 1: 'a,b,c' %}{% assign properties = properties.spaces | slugify: 'x y z' %}",
   "expect": "bc36[object Object]-3.70"
  },
  {
   "template": "{% assign properties = 2.5 | last %}{% unless properties.yes %} {{- properties.floatstr | normalize_whitespace | inspect }}{{ properties.ts }}{% else %}\n{{- 'abc' | url_encode | date_to_string -}}{% endunless %}",
   "expect": "\"\""
  },
  {
   "template": "{{ y }}{% cycle 'a', 'b' %}{% assign x = properties.emoji | sum: 100, allow_false: properties.obj %}{{ x }}",
   "expect": "a0"
  },
  {
   "template": "{% assign y = (0..0) | upcase %}",
   "expect": ""
  },
  {
   "template": " {{ properties.csv | lstrip -}}",
   "expect": " a,b,,c,,"
  },
  {
   "template": "{{ y | json }}",
   "expect": ""
  },
  {
   "template": "   {{- properties.no | remove_first: properties.ts | lstrip }}{{ y }}",
   "expect": "false"
  },
  {
   "template": "{% if -1 and properties.no %}{% assign x = count | uri_escape %}  \n  {{ properties.nested }}\n{{ properties.no | strip_newlines }}{% assign properties = properties.entities | round %}{%- else -%}{% echo x | default: 'none' %}  \n  {{- properties.html | plus:  | truncatewords: 'x y z' }}{% endif %}{% if properties.products %}{% unless 'a&amp;b' %}{% assign y = '2024-01-15T10:30:00Z' | times: '-2' %}{% else %} {{- properties.no | downcase }}{% endunless %}{% increment c %}{% assign x = (0..0) | round %}{%- endif -%}{% assign y = properties.ts | truncate: 10, count %}{{- properties.empty | abs:  -}}",
   "expect": "nonefalse00"
  },
  {
   "template": " {{ x | size }}",
   "expect": " 0"
  },
  {
   "template": "{{ properties.text }}",
   "expect": "The quick brown fox jumps over the lazy dog"
  },
  {
   "template": "{% if '%Y-%m-%d' == properties.name %}{% unless '-2' == empty %}  \n  {{- false | capitalize | shift:  }}{% assign x = properties.emoji | minus: properties.text %}{% echo x | default: 'none' %}{% endunless %}{% assign x = properties.empty | remove_first: properties.blank %}{{ x | size }}{% else %}{% assign properties = false | uri_escape %}{% capture x %}  \n  {{ -3.7 | date_to_long_string: properties.blank | floor -}} {{- 'a&amp;b' | date | date_to_xmlschema:  }}{% endcapture %}{% assign y = 'a&amp;b' | where: properties.nested, 10 %}{% endif %}{% assign x = properties.emoji | inspect %}",
   "expect": ""
  },
  {
   "template": "\n{% assign x = false | divided_by: properties.epoch %}",
   "expect": "\n"
  },
  {
   "template": "{% if ' ' %}  \n  {% if (0..0) %}{% unless empty == -3.7 %}{{- -3.7 -}}\n{% else %}{{ x }}{% endunless %} {{ empty | slice: 0, allow_false: 10 | times -}}{{ nil | downcase | jsonify -}} {{ properties.obj -}}{%- endif -%}{% assign properties = (0..0) | escape %}{%- else -%}  \n  {{ properties.nothing | abs | truncatewords: true, properties.name -}}\n{{ properties.spaces }}{% endif %}",
   "expect": "  \n  -3.7 NaN\"\"[object Object]"
  },
  {
   "template": "{% unless properties.products or empty %}{% unless properties.obj or properties.emoji %}{% unless 0 > false %} {{ properties.matrix | split: properties.entities | lstrip:  -}}  \n  {{ 'a&amp;b' -}}\n{% assign x = -3.7 | normalize_whitespace %}{% endunless %}{% else %}{% capture y %}{% assign y = properties.neg | downcase %}{% assign y = properties.nested | first %}{% assign y = properties.html | strip:  %}{% endcapture %}{% unless traits.email > '%Y-%m-%d' %}{{ properties.neg }}{% assign x = 'a,b,c' | jsonify %}\n{{ properties.name | escape -}}{% assign x = false | date_to_xmlschema:  %}{% endunless %} {{- properties.yes }}{% endunless %}{% if properties.empty < 10 %}{% capture x %}{{ y | json }}{{ 'abc' -}}{% endcapture %}{% endif %}{% endunless %}",
   "expect": ""
  },
  {
   "template": " {{ properties.multi | sha256 }}  \n  {{- properties.no }}{% assign properties = 0.1 | sha256 %}",
   "expect": " dea8bde2e3e159b5c393d1f52b918c284388996c8edf7f4f4f7fd4bcdd35c12dfalse"
  },
  {
   "template": "{% assign x = properties.ts | strip_html %}\n{{- properties.obj -}}  \n  {{ properties.yes | shift | join: properties.emoji }}{{- traits.email | replace_last | cgi_escape -}}",
   "expect": "[object Object]Sponge%40Bob.com"
  },
  {
   "template": "{{ x }}{% assign properties = blank | json %}",
   "expect": ""
  },
  {
   "template": "  \n  {{- properties.epoch | slugify: 'a,b,c' }}{{ x }}\n{{ count | pop | number_of_words: properties.blank -}}",
   "expect": "1705314645\n0"
  },
  {
   "template": "\n  \n  {{- (1..3) | remove_first: 'a&amp;b' | plus -}}{% capture y %}  \n  {{- properties.date }} {{- properties.zero | url_encode -}} {{ 0 | number_of_words -}}{% capture y %}{% capture y %}{{ x | size }}{{ properties.floatstr }}\n{% assign properties = ' ' | date_to_rfc822 %}{% endcapture %}{% unless 100 %}{% cycle 'a', 'b' %}  \n  {{- 0 | raw -}}{% else %}{% endunless %}{% endcapture %}{% endcapture %}",
   "expect": "NaN"
  },
  {
   "template": " {{ '2024-01-15T10:30:00Z' | escape_once }}{% unless properties.floatstr %}{% if properties.blank or properties.html and -1 %} {{- 100 -}}{% if properties.unicode %}{{ y }}{% elsif 'x y z' > properties.neg %}{% assign y = false | date_to_string %}{% echo x | default: 'none' %}{% elsif properties.spaces %} {%- endif -%}{% elsif -1 > properties.products[0] %}\n{%- endif -%}{% unless traits.email %}{% cycle 'a', 'b' %}{% assign y = 'abc' | jsonify %}{% endunless %}  \n  {{ empty | floor | normalize_whitespace -}}{{ x }}{% endunless %}\n{{- properties.epoch | first -}}",
   "expect": " 2024-01-15T10:30:00Z"
  },
  {
   "template": "{% assign x = properties.spaces | base64_encode %} {{- properties.products[0] -}}  \n  {{ 'a,b,c' -}}",
   "expect": "[object Object]a,b,c"
  },
  {
   "template": "{% unless properties.qty %}  \n  {% cycle 'a', 'b' %}{% else %}{% capture x %}\n{{ properties.price | strip_newlines:  | downcase -}} {{ properties.price -}}{% capture x %}{% cycle 'a', 'b' %}{% endcapture %}{% endcapture %}{% unless empty or '' %}{% echo x | default: 'none' %}{% cycle 'a', 'b' %}{% endunless %}\n{{ 2.5 | truncatewords: properties.epoch -}}{% endunless %}{{- properties.products[0] | base64_encode: mode: 'x y z' | slice:  }}",
   "expect": "\n2.5"
  },
  {
   "template": "{% assign y = 0.1 | remove_first %}{{- false | downcase | base64_decode: mode: properties.neg -}}",
   "expect": "}�l"
  },
  {
   "template": "  \n  {% unless 0 %}{% if '' %}{% if properties.obj %} {{- 1 | date_to_long_string: properties.csv, 1: properties.date }}{% assign y = list | inspect %}{%- else -%}  \n  {{ properties.name | strip -}}text{{ y | json }}{%- endif -%}{% unless properties.missing and '' %}  \n  {{ properties.spaces | times:  }} {{ properties.multi -}}{% endunless %}{% if -3.7 or properties.epoch %}{% assign properties = properties.epoch | slice: 1: properties.ts %}{% elsif 100 %}{{- 2.5 | where: '<b>', properties.products -}}{{ x }}text{% assign x = '<b>' | raw %}{% endif %}text{%- else -%}  \n  {%- endif -%}{{ 'a&amp;b' }}  \n  {{- 0.1 | to_integer | remove: properties.mixed }}{% endunless %}{% capture x %}{% unless 0.1 and properties.neg %}\n{{- properties.entities }}{% endunless %}{% endcapture %} {{- 'a,b,c' | abs | escape }}",
   "expect": "  \n  0"
  },
  {
   "template": "\n {{ properties.numstr | minus -}}",
   "expect": "\n NaN"
  },
  {
   "template": "{% if 'a,b,c' %}{% increment c %}  \n  {{ 'abc' }}\n{% assign properties = properties.floatstr | url_encode: x: properties.matrix %}{% elsif properties.zero %}{% if properties.spaces %} {{ (0..0) | divided_by: '-2', properties.nothing | abs -}}{% unless '<b>' <= properties.mixed %}{% assign properties = properties.products | where: properties.text, properties.empty %} {{- properties.neg | truncate: 1 | remove_first: properties.spaces }}  \n  {{- properties.mixed | slice }}{% else %}{% echo x | default: 'none' %}{% endunless %}{%- elsif properties.obj == false %}{% capture x %}{% assign y = properties.name | slugify: properties.date %}{% endcapture %}{% elsif false %}{% if properties.unicode != properties.qty %}{% assign properties = empty | push: allow_false: 1 %}{% elsif properties.products %}{% echo x | default: 'none' %}{% endif %} {{- properties.yes -}}{{ x }}{% endif %}{% else %}  \n  {{ blank -}}\n{% endif %}   \n  {{- properties.products -}}  \n  {{- nil | downcase:  | escape_once -}}",
   "expect": "0  \n  abc\n"
  },
  {
   "template": "text{% capture x %}{% unless properties.no == '-2' and properties.missing %}{% if count > properties.neg %}{% assign y = 2.5 | escape %}{%- elsif (0..0) %}{% assign x = properties.mixed | remove_last: properties.tags %}{{ y | json }}\n{{- properties.unicode -}}{% else %}\n{{- nil | round: properties.yes | ceil }}{% assign properties = 2.5 | append: '2024-01-15T10:30:00Z' %} {{ properties.tags -}}{% assign y = properties.qty | replace_first: properties.obj %}{%- endif -%}{% endunless %}  \n  {{ y | json }}{% endcapture %}",
   "expect": "text"
  },
  {
   "template": "{{ properties.text | raw | uri_escape }}{% increment c %} {{ -1 | at_most: blank | shift:  }}",
   "expect": "The%20quick%20brown%20fox%20jumps%20over%20the%20lazy%20dog0 "
  },
  {
   "template": "{% unless 10 < properties.tags %}{% if properties.tags %}  \n  {{- 'a,b,c' | json: properties.emoji | floor:  }}{{ y }}{% elsif properties.date or properties.date %}{% unless '<b>' contains 10 %}{% assign x = properties.missing | sum %}{% endunless %}{% assign properties = 'a,b,c' | escape_once %}{% assign y = '3.5' | at_least: properties.html, mode: properties.entities %}{%- elsif 'a,b,c' %} {{- '<b>' -}} {{ traits.email | round | strip_html: mode: properties.tags }}{% assign x = properties.spaces | base64_encode:  %}{% capture y %}{{ x }}{% endcapture %}{%- else -%}{% capture x %}  \n  {{ x | size }}{% endcapture %} {{ properties.matrix | shift | escape_once -}}{% assign x = 0 | cgi_escape %}{%- endif -%}{{ y }}{% endunless %}{% assign y = properties.name | times %}",
   "expect": "0"
  },
  {
   "template": "{% assign properties = properties.qty | first:  %}",
   "expect": ""
  },
  {
   "template": " {{ -1 | capitalize | url_encode }}",
   "expect": " -1"
  },
  {
   "template": "{% assign x = traits.email | strip %}",
   "expect": ""
  },
  {
   "template": " {% assign properties = properties.zero | date_to_xmlschema %}",
   "expect": " "
  },
  {
   "template": "{% assign x = '<b>' | slugify: properties.empty %}{% capture x %} {{- 0 | prepend: properties.missing -}}{{ '2024-01-15T10:30:00Z' | join | escape_once }} {{- '<b>' -}}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{% capture y %}{% assign y = properties.no | normalize_whitespace %}\n{% capture x %} {{- properties.no }}{{ x }}\n{{ properties.missing | escape_once | divided_by: nil }}{% endcapture %}\n{{ properties.mixed | abs | capitalize -}}{% endcapture %}{{ x | size }}",
   "expect": "9"
  },
  {
   "template": "\n{{- properties.zero }}{{- false }}",
   "expect": "0false"
  },
  {
   "template": "{% if true <= '2024-01-15T10:30:00Z' %}{% assign x = 10 | round %}{% else %}{% unless list %}\n{{ properties.no | truncate: 2.5, x: '3.5' }}{{- properties.no | unshift | divided_by: 'a&amp;b', properties.neg -}}{% unless properties.name != properties.blank and properties.blank %}{% increment c %}{% endunless %}{% capture y %}  \n  {% assign y = properties.html | unshift:  %}\n{{- properties.epoch -}}{% endcapture %}{% endunless %} {{- -1 | minus: properties.empty -}}{%- endif -%}{{ y }}{% assign properties = properties.mixed | at_most: properties.no, mode: properties.numstr %}",
   "expect": "-1"
  },
  {
   "template": " {{ false | push: properties.obj | cgi_escape }}\n{{ 0.1 | replace_first | url_decode }}\n{{ '' | append: blank -}}",
   "expect": " false%5Bobject+Object%5D\n0.1\n"
  },
  {
   "template": "text",
   "expect": "text"
  },
  {
   "template": " ",
   "expect": " "
  },
  {
   "template": "  \n  {{ properties.empty | rstrip -}}",
   "expect": "  \n  "
  },
  {
   "template": "{{ 'x y z' | compact:  }} {{ list | replace | pop -}}{{- '2024-01-15T10:30:00Z' -}} {{ properties.yes -}}",
   "expect": "x y z 2024-01-15T10:30:00Ztrue"
  },
  {
   "template": " {{- properties.nested | replace_last: properties.csv, properties.blank -}}",
   "expect": "[object Object]"
  },
  {
   "template": "\n{{- properties.ts | remove_first }}",
   "expect": "2024-01-15T10:30:45.123Z"
  },
  {
   "template": "{% assign y = '%Y-%m-%d' | rstrip %}{{ 'abc' -}}{% capture x %}\n{{- 'abc' }}{% endcapture %}",
   "expect": "abc"
  },
  {
   "template": "  \n  {{- properties.emoji | inspect }}{% assign y = 'a,b,c' | sha256 %}",
   "expect": "\"a😀b\""
  },
  {
   "template": "\n{{- properties.price | json: properties.date -}}",
   "expect": "19.99"
  },
  {
   "template": "{% capture x %} {{ 0 | slugify: true, properties.epoch | ceil }}{% capture x %}{{- properties.blank | minus: (0..0) | where:  -}}{% assign properties = false | inspect %}{% assign x = blank | append: properties.mixed %}{% endcapture %}  \n  {{ properties.spaces | at_most | slugify: properties.price }}{% if properties.name and properties.no %}{% echo x | default: 'none' %}{%- endif -%}{% endcapture %}\n{{ properties.date | floor | uri_escape:  -}}",
   "expect": "\n0"
  },
  {
   "template": "{% unless properties.products[0] <= properties.name %}  \n  {{- '-2' | xml_escape | escape -}}\n{{ properties.zero | date_to_long_string: properties.emoji, properties.text | to_integer -}}{% else %}{% capture y %} {{ properties.neg -}}{% endcapture %} {{- -3.7 | strip -}}{% endunless %}{% assign y = nil | xml_escape %}{% capture x %}{% assign x = empty | date_to_string %}{% endcapture %}{% capture y %}  \n  {{ properties.no -}}{% unless properties.nothing or properties.unicode %}{% unless properties.blank > list and 0 %} {% else %}  \n  {{- 'a,b,c' | divided_by: properties.zero, properties.empty }}{% endunless %}{% else %}  \n  {% endunless %}{{ y | json }}{% endcapture %}",
   "expect": "-2NaN"
  },
  {
   "template": "  \n  ",
   "expect": "  \n  "
  },
  {
   "template": "{% if properties.name and properties.neg %}{% if '%Y-%m-%d' %}{% if properties.multi %}{% assign properties = properties.blank | replace: 'a&amp;b' %}{% assign x = properties.nothing | floor:  %}{% assign y = properties.ts | push %}{% elsif ' ' %}{% assign y = properties.tags | upcase %}{%- elsif properties.tags %}{{ blank | sha256 -}}{% assign properties = properties.unicode | downcase %}{%- endif -%}{% assign x = properties.ts | escape %}{% else %}{% capture x %}{% assign x = 'x y z' | ceil %}{% endcapture %}{% capture y %}{% assign properties = -3.7 | escape %}{% assign properties = true | replace_last %}{% endcapture %}{%- endif -%}{% endif %}{% assign x = '%Y-%m-%d' | normalize_whitespace %} {% capture x %}{% assign properties = true | to_integer %}{{- properties.ts | hmac_sha256 | default }}\n\n{{- properties.emoji -}}{% endcapture %}",
   "expect": " "
  },
  {
   "template": "\n{{ properties.price | unshift }}",
   "expect": "\n19.99"
  },
  {
   "template": "{% capture y %}\n {% endcapture %}{{- properties.neg | replace_first: -1, allow_false: properties.nested }}",
   "expect": "-7.5"
  },
  {
   "template": "{% assign x = 2.5 | slice: properties.spaces %}\n{{- properties.nested | replace_last: empty, '<b>' | upcase: x: '3.5' -}}{% assign y = false | url_decode %}",
   "expect": "[OBJECT OBJECT]<B>"
  },
  {
   "template": "\n\n{{- 'abc' -}}{% capture y %}{% capture y %}{% if -1 %}\n{{ properties.products[0] | push: 100 | date_to_string: properties.numstr -}}{% elsif properties.missing %}{{ x | size }}{% assign y = '3.5' | escape_once %}{%- else -%}{% assign y = properties.epoch | times: 'abc' %}{% assign x = properties.emoji | rstrip %} {{ properties.entities | date:  | times:  -}}  \n  {{- properties.obj }}{% endif %}{% unless empty %}{% assign y = properties.name | split: properties.price %}{% else %}{% assign x = properties.csv | date_to_string: properties.emoji, blank %}{% increment c %}{% endunless %}{% endcapture %}{% endcapture %}\n{{ properties.emoji | pop -}}",
   "expect": "abc\n"
  },
  {
   "template": "{{ properties.date | replace_first | join }}",
   "expect": "2024-03-05"
  },
  {
   "template": "\n{{- properties.html -}}{% unless properties.name contains 10 %}{% assign properties = properties.products | ceil:  %}{% assign properties = '-2' | hmac_sha256: mode: properties.epoch %}{% endunless %}",
   "expect": "<p class=\"x\">Hi & bye</p>"
  },
  {
   "template": "  {{- 0 | truncatewords: properties.no, (0..0) -}}{% unless '%Y-%m-%d' <= properties.floatstr %}  \n  {{- 100 | replace_last: properties.neg | join }}{% if 100 %}  \n  {{ '-2' | raw }}\n{{ properties.text | last | url_encode: 1: properties.tags -}}{{- properties.products -}}{% elsif traits.email contains properties.blank %}{% unless properties.blank > properties.obj %}{% assign y = properties.multi | plus: (1..3) %}  \n  {{- properties.epoch | remove -}}{% endunless %} {{ properties.nothing | truncatewords: '3.5' | round: '<b>' }}{% assign properties = properties.unicode | normalize_whitespace %}{% endif %}{% assign x = '2024-01-15T10:30:00Z' | modulo:  %}{% endunless %}{{ empty | strip_html -}}",
   "expect": "00"
  },
  {
   "template": "  \n  {{- true -}}",
   "expect": "true"
  },
  {
   "template": "{% assign properties = properties.matrix | cgi_escape %}{% assign x = (0..0) | slice: properties.empty, properties.csv %}",
   "expect": ""
  },
  {
   "template": "\n{{ properties.floatstr | sum | size:  -}}  \n  {{ properties.emoji | sum: properties.nested | floor:  -}}{{ x }}",
   "expect": "\n00"
  },
  {
   "template": "{% capture x %}{{- 'Hello World' | truncatewords: (1..3), '', 1: properties.zero -}}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "  \n  {{ properties.unicode | size: mode: blank }}{% if properties.no %}{% assign y = properties.nested | date_to_rfc822 %}{%- elsif properties.text or properties.ts %}\n{{ '%Y-%m-%d' | sha256:  | uri_escape }} {{ properties.nested -}}{{ x | size }}{%- endif -%}",
   "expect": "  \n  13\nc504c6fbdff9456860071361d1c8e71a4bc2d290218ee8fa1550da2da2270317 [object Object]0"
  },
  {
   "template": "{% capture y %}{% unless (1..3) contains properties.unicode %}{% unless properties.no and properties.ts and properties.ts %}{% assign x = 'a&amp;b' | uri_escape %}{% endunless %} {% else %}{{ properties.no }}{{ properties.ts | truncate: properties.date }}{% unless list > properties.csv %}{% assign x = '2024-01-15T10:30:00Z' | unshift: nil %} {{- count | ceil: x: true | xml_escape -}}  \n  {{- properties.ts -}}\n{{- properties.date | replace_last: properties.name | default: 0, allow_false: properties.emoji -}}{% endunless %}{% endunless %}{% if 'x y z' %} {{- properties.numstr | compact | replace -}}{% elsif '2024-01-15T10:30:00Z' %}{{- properties.products -}}{% assign x = properties.floatstr | url_encode %}{% assign x = blank | xml_escape %}\n{{- list }}{% elsif properties.csv %}{% assign properties = 0.1 | first:  %}{%- endif -%}  \n  {{ properties.no | at_least -}}{% endcapture %}{{ y }}",
   "expect": " 420"
  },
  {
   "template": "{% unless traits.email %}{% endunless %}{% capture y %}{{ y }}{% if properties.no != properties.empty and properties.nothing %} {{- 'a&amp;b' | at_most:  }}{%- elsif properties.tags %}{% assign y = properties.mixed | push %}{% endif %}{% unless properties.spaces %}{{ 'a,b,c' | url_decode | replace_first: properties.date, x: properties.emoji }}  \n  \n{{- properties.matrix | uri_escape | pop -}}{% endunless %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "  \n  ",
   "expect": "  \n  "
  },
  {
   "template": "\n{{ properties.empty | round: '' -}}{{- 'a&amp;b' | size | default: properties.nothing }}  \n  {{- properties.csv | default | at_most: 0.1 }}",
   "expect": "\n070"
  },
  {
   "template": " {{- properties.html }}{% if properties.emoji %}  \n  {{ empty | unshift: properties.text -}}{% elsif properties.entities != properties.matrix %}{% unless properties.nothing or blank %}{% assign y = 'abc' | floor %}  \n  {{ 1 }}{{- properties.name | append: count | downcase -}}{% else %}{{ x | size }}{% assign properties = properties.yes | push:  %}{{- 'Hello World' | url_decode | inspect:  }}{% endunless %}{{ y | json }}{%- endif -%}",
   "expect": "<p class=\"x\">Hi & bye</p>  \n  The quick brown fox jumps over the lazy dog"
  },
  {
   "template": "{% assign y = traits.email | remove_last: properties.no %}",
   "expect": ""
  },
  {
   "template": "{% assign properties = properties.products | remove: 2.5 %}",
   "expect": ""
  },
  {
   "template": "{% unless properties.multi and -1 %} {{- '%Y-%m-%d' }} {% unless nil > '%Y-%m-%d' %}{% echo x | default: 'none' %}{% if properties.epoch and properties.zero %}{% assign properties = 2.5 | push: x: count %}{% endif %}text{{ properties.yes | replace: '2024-01-15T10:30:00Z' | plus:  }}{% endunless %}{% echo x | default: 'none' %}{% else %}{% capture y %}{{ empty | url_encode }}{% capture y %}{% assign properties = 'Hello World' | modulo: 100 %}{% endcapture %} {{- 'abc' | slugify: 'Hello World' -}}{% endcapture %}{% endunless %}",
   "expect": ""
  },
  {
   "template": "{% if properties.numstr and properties.ts %}{% assign x = properties.floatstr | strip:  %}{%- elsif '<b>' or properties.qty %}  \n  {{ properties.products[0] }}{%- endif -%} {{- properties.neg | split -}}{% assign properties = properties.date | base64_decode %}",
   "expect": "-7.5"
  },
  {
   "template": "{% increment c %}{{ 'x y z' }}",
   "expect": "0x y z"
  },
  {
   "template": "{% if 1 < properties.epoch %}  \n  {{- false | date_to_rfc822 | hmac_sha256: 'a&amp;b' }}{% if -1 or properties.epoch %}  \n  {{ properties.nothing | replace }}{% elsif 10 == properties.nothing or properties.numstr %} {{ (1..3) | append: properties.epoch -}}{% elsif -1 %}{% increment c %}{%- endif -%}{% else %} {{- '-2' | minus: properties.zero | sha256 -}}{%- endif -%}",
   "expect": "475b44164ea77574f39f90db322360de2125e44ad1f4396c4d003943a1dea0c1  \n  "
  },
  {
   "template": "  {{ ' ' }}\n{{- '<b>' }}",
   "expect": "   <b>"
  },
  {
   "template": "{% unless '' %} {% endunless %}",
   "expect": ""
  },
  {
   "template": " {{ properties.epoch -}}\n\n  \n  {{ properties.multi | sha256 | replace_first: 'a,b,c' -}}",
   "expect": " 1705314645dea8bde2e3e159b5c393d1f52b918c284388996c8edf7f4f4f7fd4bcdd35c12d"
  },
  {
   "template": "{% if properties.multi %}\n{% assign properties = properties.obj | default: 1 %}{% unless '%Y-%m-%d' or false %}\n{{- properties.nothing }}{% if properties.empty %}{% assign y = properties.nothing | last %}{% assign x = 'Hello World' | slice: '-2', 1: properties.products %}text{%- elsif properties.empty and properties.missing %}{% assign x = properties.multi | size %}{% elsif properties.date < 100 %}{% assign x = list | date_to_long_string: '-2' %}{% assign y = '%Y-%m-%d' | base64_decode %}{{ y | json }}{% cycle 'a', 'b' %}{%- endif -%}\n{{- (0..0) | url_decode | prepend: properties.no -}}\n{{- properties.neg | remove_first: -1 }}{% else %}{% echo x | default: 'none' %}{% endunless %}{%- endif -%}",
   "expect": "\nnone"
  },
  {
   "template": "{% unless properties.zero > properties.multi and properties.tags %}{% capture x %}{% capture x %}{{ x }}{% assign properties = properties.csv | cgi_escape %}{% assign properties = (1..3) | rstrip %}{% assign properties = properties.qty | replace: 1: properties.unicode %}{% endcapture %}{% capture x %}{% assign x = (1..3) | url_encode %} {{ properties.zero | date -}}{% assign y = '-2' | at_least: 'Hello World' %}{{- properties.ts | upcase:  | abs -}}{% endcapture %}{% endcapture %}{% unless '' %}{% echo x | default: 'none' %}  \n  {{- properties.csv -}}{% assign properties = properties.tags | remove: 100 %}{% endunless %}{{ y | json }}{% endunless %}",
   "expect": "0"
  },
  {
   "template": "\n{{- properties.ts | divided_by -}}{% if (1..3) %}{{- properties.nested | remove_first | default: properties.floatstr }}{%- endif -%}  \n  {% assign y = nil | normalize_whitespace %}",
   "expect": "NaN[object Object]"
  },
  {
   "template": "  \n  {{- properties.mixed | push: '3.5' }}{% assign properties = properties.qty | replace: properties.zero, 'a,b,c' %}{% capture x %}{{ properties.multi | sha256 -}}{{ x | size }}{{ x | size }}\n{{- properties.tags }}{% endcapture %}",
   "expect": "123.5true3.5"
  },
  {
   "template": "  \n  {{- properties.mixed | slice }}{% unless properties.products and blank %}{% cycle 'a', 'b' %}{% else %} {% if 0 != properties.no %}{% unless properties.blank > 1 %} {{ blank -}}{% endunless %}{%- elsif '%Y-%m-%d' < 'x y z' %}\n{{ ' ' }}{% endif %}\n{{ properties.emoji | slugify:  | size -}}{% endunless %}",
   "expect": "  \n3"
  },
  {
   "template": "{% capture y %}{% assign properties = blank | lstrip %}{{- properties.spaces }}{{- 0.1 | url_encode | truncatewords:  -}}{% assign y = 'abc' | remove_first %}{% endcapture %}\n{{- traits.email | replace_last: 'a&amp;b' | date_to_rfc822 -}}{% capture x %}{% assign properties = '%Y-%m-%d' | replace %}{% assign y = properties.products | capitalize %}\n{{- properties.empty | minus: 1, 1: properties.zero }}{% endcapture %}",
   "expect": "Sponge@Bob.com"
  },
  {
   "template": " {{ 'abc' | date_to_string | compact }}text",
   "expect": " abctext"
  },
  {
   "template": "{% assign properties = '' | date_to_string: blank, ' ' %}",
   "expect": ""
  },
  {
   "template": "\n",
   "expect": "\n"
  },
  {
   "template": "{{ x | size }}{% capture x %}  \n  {% unless properties.matrix %}\n{% capture x %}{% assign y = properties.nothing | base64_decode %}{% endcapture %}{% if properties.text %}text{% elsif false >= empty %}{% assign properties = 2.5 | prepend: properties.unicode %}{% assign x = '2024-01-15T10:30:00Z' | date %}{{ y }}{% elsif properties.emoji %}\n{% assign x = properties.unicode | compact %}{% assign x = false | base64_decode %}{% assign properties = properties.mixed | inspect %}{%- else -%}{% assign x = '2024-01-15T10:30:00Z' | first %}{% endif %}{% endunless %}{% endcapture %} {% assign y = properties.nested | abs %}",
   "expect": "0 "
  },
  {
   "template": "{{- properties.numstr | first }} ",
   "expect": "4 "
  },
  {
   "template": "\n{{ properties.floatstr | replace_last: properties.no, properties.qty | number_of_words: '-2', x: 'a,b,c' }}{% unless 1 contains properties.obj %}{% if 'Hello World' and 100 %}{% assign properties = '2024-01-15T10:30:00Z' | date: '' %}{%- elsif properties.no != properties.html or count %}{{ y }}{%- elsif (1..3) > properties.yes or properties.numstr %}{% assign properties = count | remove_first %}{{ x | size }}{% assign x = properties.price | round %}{%- else -%}\n{{ 'a&amp;b' | replace_first | floor -}}{% assign x = (0..0) | strip_newlines:  %}{% endif %} {{ properties.matrix | raw | append: 'Hello World' -}} {{ properties.price | modulo: '-2' | xml_escape -}}{% capture x %} {{ properties.multi | strip_html | jsonify }}{% endcapture %}{% endunless %}",
   "expect": "\n1 Hello World0"
  },
  {
   "template": "{{ y }}",
   "expect": ""
  },
  {
   "template": "{% capture x %}{% capture y %}{% capture x %}{% assign y = 'x y z' | date_to_xmlschema %}{% endcapture %}  \n  {{- properties.price | join: 2.5 }}{% endcapture %}{{ 'a&amp;b' | first | strip_newlines -}}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "\n{{- '-2' | downcase | lstrip:  }} ",
   "expect": "-2 "
  },
  {
   "template": "{{ y | json }} {{- properties.date | inspect | capitalize -}}",
   "expect": "\"2024-03-05\""
  },
  {
   "template": "{% capture y %}  \n  {{ count | sha256 | remove:  }}{% endcapture %}  \n  ",
   "expect": "  \n  "
  },
  {
   "template": "  \n  {% assign properties = 'x y z' | minus: 'abc' %}{% assign properties = properties.neg | date_to_rfc822 %}{{ x | size }}",
   "expect": "  \n  0"
  },
  {
   "template": "{% assign properties = properties.no | remove %}{% assign properties = true | lstrip:  %}",
   "expect": ""
  },
  {
   "template": "{% unless properties.nested < (0..0) or properties.epoch %}  \n  {% else %}{% capture x %}{{ blank }}{% endcapture %}{% endunless %}{% echo x | default: 'none' %}{% unless properties.neg %}  \n  {{ 'a&amp;b' | times: properties.price | json: properties.emoji -}}{{- '2024-01-15T10:30:00Z' | pop }}{{ x | size }}\n{{ properties.neg | compact:  }}{% else %}{{- '%Y-%m-%d' }}{% assign x = properties.unicode | floor %}\n{% endunless %}",
   "expect": "none%Y-%m-%d\n"
  },
  {
   "template": "\n{% cycle 'a', 'b' %}",
   "expect": "\na"
  },
  {
   "template": "  \n  {{- properties.matrix }}\n{{- properties.nothing }} {{- properties.obj -}}",
   "expect": "1234[object Object]"
  },
  {
   "template": "{% capture x %} {% endcapture %}\n{{- ' ' | base64_decode | downcase -}}{% capture x %}{{ '' }}{% if -3.7 %}{% assign y = 'abc' | xml_escape:  %}{% endif %}\n{{ true | capitalize }}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "\n {{ properties.mixed -}}\n{{- (1..3) -}}{{ properties.date | hmac_sha256 | ceil -}}",
   "expect": "\n 123.5true1230"
  },
  {
   "template": " {{- 'x y z' | to_integer -}}",
   "expect": "NaN"
  },
  {
   "template": "{% if false %}  \n  {{ '' | remove: properties.blank | last -}}{% elsif properties.csv contains '%Y-%m-%d' and properties.spaces %}\n{{ list | where }}{% endif %}{% capture y %} {{ properties.obj | truncate }}  \n  {% endcapture %}\n",
   "expect": "\n"
  },
  {
   "template": "{% if count %}{% capture y %}  \n  {{- 10 | minus:  | json -}}  \n  {% endcapture %} {{ 0.1 | to_integer }}{%- elsif 'abc' or 'a,b,c' %}{% unless (0..0) or properties.nested %}\n\n{{- ' ' | first -}}{% endunless %}{% assign properties = properties.unicode | first %}  \n  {%- else -%}{% cycle 'a', 'b' %} {%- endif -%}\n  \n  {{- properties.zero | truncate: 'x y z', properties.blank -}}",
   "expect": " 0.1  "
  },
  {
   "template": "\n{{ properties.html | size:  -}}{% capture y %}{{- properties.nothing -}}{% endcapture %}{% assign y = (1..3) | size %}",
   "expect": "\n25"
  },
  {
   "template": "  \n  {{ 'a,b,c' | round: 'abc' }}",
   "expect": "  \n  0"
  },
  {
   "template": "{% assign y = properties.nested | date_to_xmlschema %}",
   "expect": ""
  },
  {
   "template": "{% increment c %}{% if 1 %} \n{{- properties.csv | escape_once | divided_by: properties.nested -}}{{- properties.tags | slugify: properties.emoji, properties.numstr | slice: properties.csv }}{{ '2024-01-15T10:30:00Z' | lstrip }}{% elsif properties.yes %}\n{{- '<b>' | escape_once | minus }}{%- else -%}{{ x | size }}{% endif %} {{- properties.text }}",
   "expect": "0NaN2024-01-15T10:30:00ZThe quick brown fox jumps over the lazy dog"
  },
  {
   "template": "{{ y }}",
   "expect": ""
  },
  {
   "template": "{% unless properties.multi %}{{ count -}} {{- 100 | push }}{% unless properties.ts contains properties.empty %}{% if traits.email or properties.no %} {{ properties.matrix }}{% cycle 'a', 'b' %}{%- endif -%}text{% unless properties.epoch %}text{{ x | size }}{{ 'x y z' -}}{% assign x = properties.no | downcase:  %}{% endunless %}{% endunless %}  \n  {{- properties.blank | split | json -}}{% else %}{% if properties.entities > ' ' %}{% assign y = properties.ts | push: properties.entities %}\n{{- false | split: properties.name -}} {% elsif properties.emoji and properties.yes %}{{- properties.missing | xml_escape:  -}}{% else %} {{ nil | escape_once }}{{ y }}{% if (1..3) %}{{- 100 -}}{% elsif properties.multi %}{{ x }}{%- elsif properties.matrix %}{% assign y = 0.1 | uri_escape %}{% increment c %}{% assign properties = properties.empty | url_decode %}{% endif %}{% endif %}\n{{ properties.name | round: properties.missing -}}{% endunless %}\n{{ x | size }}",
   "expect": "false\n0\n0"
  },
  {
   "template": "{{ x | size }}{% assign properties = properties.text | truncatewords %}{% assign x = blank | abs %}{% capture y %}\n{{- 0.1 -}}text {{- properties.numstr | number_of_words: -1 }}{% endcapture %}",
   "expect": "0"
  },
  {
   "template": " {{ properties.obj | replace: '2024-01-15T10:30:00Z' | normalize_whitespace:  }}",
   "expect": " [object Object]"
  },
  {
   "template": "{{- blank | number_of_words: properties.nested | url_encode -}}",
   "expect": "0"
  },
  {
   "template": "{% capture x %}\n{{ properties.nested | escape_once | modulo }} {{ properties.epoch | join -}}{{ x | size }}{% endcapture %}{{- '%Y-%m-%d' }}",
   "expect": "%Y-%m-%d"
  },
  {
   "template": "{% capture x %}  \n  {{ 'Hello World' | divided_by: 100 | date_to_xmlschema: allow_false: properties.entities }}{% endcapture %}{% assign y = '<b>' | normalize_whitespace: allow_false: properties.yes %}{% assign y = 'a&amp;b' | capitalize %}{% capture y %}{% if '2024-01-15T10:30:00Z' or list %}  \n  {% assign x = properties.matrix | plus: true %}{%- endif -%}{% if 0 <= -1 %}  \n  {%- endif -%} {{- properties.tags }}text{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{{ x | size }}",
   "expect": "0"
  },
  {
   "template": "\n{% echo x | default: 'none' %}",
   "expect": "\nnone"
  },
  {
   "template": "{% unless properties.nothing and 'a&amp;b' %}{% if properties.emoji %}{% echo x | default: 'none' %}{{- list | truncate | default: properties.yes, allow_false: properties.ts -}}{% else %}{% unless -3.7 %} {{ 'Hello World' | last }}{% else %}  \n  {{ -3.7 | pop -}}{{ x }} {{- properties.qty | slugify: allow_false: 0.1 }}{% increment c %}{% endunless %}{%- endif -%}{% endunless %}",
   "expect": "none312"
  },
  {
   "template": "{% assign y = properties.blank | date_to_long_string: traits.email, '2024-01-15T10:30:00Z' %}",
   "expect": ""
  },
  {
   "template": "{% cycle 'a', 'b' %} ",
   "expect": "a "
  },
  {
   "template": "{% unless count and '%Y-%m-%d' %}\n{% endunless %}{{ y }}{% assign properties = empty | prepend: '-2', mode: properties.qty %}",
   "expectError": "prepend expect 2 arguments, line:2, col:23"
  },
  {
   "template": "{% assign x = 10 | json %}{% unless empty %}{{ y }} {{ properties.obj | last -}}{% if (1..3) > properties.no %}{% capture y %}{{ y }}{% endcapture %}{% elsif '2024-01-15T10:30:00Z' %}  \n  {{- '%Y-%m-%d' | rstrip | hmac_sha256: count -}}\n{%- elsif properties.name >= properties.neg %}{% capture y %}{% increment c %}{% assign properties = 'Hello World' | to_integer %}\n{% endcapture %}\n{{- traits.email -}} {{- traits.email }}{% endif %}{% endunless %}",
   "expect": ""
  },
  {
   "template": "{% if properties.name %}{% capture x %}{% capture y %}{% echo x | default: 'none' %} {{ properties.products[0] | upcase | replace }}{{- '<b>' -}}{% endcapture %}\n{% endcapture %}{% increment c %}{% elsif properties.entities %}{% capture y %}{% if blank > properties.neg and properties.multi %}{% assign y = -1 | escape_once:  %}{{- -1 | base64_encode | date_to_long_string: properties.blank, mode: properties.no }}{%- else -%}{% assign x = properties.mixed | strip_newlines %}{% endif %}  \n  {{- traits.email | capitalize | rstrip -}}{% unless traits.email %}  \n  {% assign y = properties.epoch | url_encode %}{% endunless %}{% endcapture %}{%- else -%}{% unless properties.multi %}\n{{ 'a,b,c' | uri_escape }} {% assign y = properties.obj | floor %}{% increment c %}{% else %}  \n  {% endunless %}{% endif %}",
   "expect": "0"
  },
  {
   "template": "{% if properties.multi and '<b>' %}\n{{- properties.price }}{% capture y %}\n{{- '2024-01-15T10:30:00Z' }}{% if -3.7 and nil %}{{ x }}{{ y }}{% assign x = 2.5 | sha256 %}{% elsif properties.no and properties.numstr %}{% assign x = properties.tags | pop %}{% elsif '3.5' %}  \n  {{ 'Hello World' -}}{% endif %}{% assign x = properties.name | at_most: properties.tags %}{% endcapture %}{{- '<b>' | capitalize | remove: '' }}{%- endif -%}",
   "expect": "19.99<b>"
  },
  {
   "template": "{% capture y %}{% unless -3.7 >= properties.spaces %}{% unless '2024-01-15T10:30:00Z' > properties.blank %}{% cycle 'a', 'b' %}{% cycle 'a', 'b' %}  \n  {{- empty -}}{{ nil | xml_escape | strip_newlines }}{% else %}\n{{ empty -}} {% assign properties = blank | pop %}{% endunless %}{% if count %}{% assign properties = 'x y z' | url_encode %}\n{{ '' | downcase -}}{%- elsif properties.csv %}{{ y | json }}{% endif %}{% endunless %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": " {{- 1 | inspect | default -}}{% increment c %}",
   "expect": "10"
  },
  {
   "template": "{% capture x %}{% unless properties.spaces <= properties.name %}{% capture x %}{% assign properties = nil | at_most: properties.entities %}{% endcapture %}{% if properties.date == count %}\n{% assign y = properties.csv | first %}  \n  {{- properties.tags }}{% assign x = properties.neg | slice %}{% endif %}{% if properties.products[0] or properties.csv and properties.blank %}  \n  {{ properties.multi | url_decode -}}{% assign y = true | compact %}{%- elsif properties.text < properties.html %}{% else %}{% assign x = 'abc' | where: properties.entities, properties.empty %} {%- endif -%}{% unless properties.spaces %}{% echo x | default: 'none' %}{% else %}{{- 0.1 | abs -}}{% endunless %}{% endunless %}{{ properties.price -}}{% capture x %}{{ x | size }}\n{{ 0 | remove_last: mode: properties.price | remove: properties.mixed -}}{% endcapture %}{% endcapture %}",
   "expect": ""
  },
  {
   "template": "{% assign properties = properties.products[0] | cgi_escape %}  \n  {{ properties.floatstr }}{% unless properties.nothing %}text{% assign x = (1..3) | first %}{% else %}{% assign x = 'x y z' | uri_escape %}  \n  {{ properties.date | at_least: properties.products[0], mode: 'a,b,c' | compact -}}{% endunless %}",
   "expect": "  \n  text"
  },
  {
   "template": "text  \n  {{ 100 | escape }}",
   "expect": "text  \n  100"
  },
  {
   "template": "{% assign properties = properties.blank | hmac_sha256: properties.products %}{% if list > properties.html %}{% cycle 'a', 'b' %}{% capture y %} {{ properties.obj -}}{% endcapture %}{{- properties.name | append: properties.qty, mode: properties.spaces | split }}{%- endif -%}{{ 'abc' | date_to_rfc822 | date_to_string: properties.name -}}text",
   "expect": "abctext"
  },
  {
   "template": "\n\n{{ properties.yes -}}{{ x | size }}",
   "expect": "\n\ntrue0"
  },
  {
   "template": " {{ (1..3) | default: properties.yes }} {{ properties.products[0] | strip:  -}}",
   "expect": " 123 [object Object]"
  },
  {
   "template": "  \n  {{ '<b>' | unshift -}}{{- properties.epoch | xml_escape }}{% capture y %}  \n  {{- -1 -}}  \n  {{ properties.text | modulo: properties.products, allow_false: '%Y-%m-%d' }} {{ 10 }}{% endcapture %}",
   "expect": "  \n  <b>1705314645"
  },
  {
   "template": "   \n  {{ properties.epoch -}}{% capture y %}  \n  {{- 'a,b,c' | xml_escape | cgi_escape }}{% endcapture %}",
   "expect": "   \n  1705314645"
  },
  {
   "template": "{% assign x = 100 | uri_escape:  %}",
   "expect": ""
  },
  {
   "template": " {{- properties.nested | base64_decode | shift -}} {{- -1 | compact | uri_escape: 1: 0 }}  \n  {{- properties.html | base64_encode -}}",
   "expect": "-1PHAgY2xhc3M9IngiPkhpICYgYnllPC9wPg=="
  },
  {
   "template": "{% if 10 or 0 %} {%- elsif properties.nested %}\n{{ properties.yes | number_of_words -}}{{ nil | truncate -}}{% if traits.email %} {{- properties.neg | xml_escape }}{% endif %}{{ y | json }}{% else %}{{ properties.yes }}{% assign properties = '%Y-%m-%d' | slice: count %}{%- endif -%}{% assign x = properties.ts | split: properties.blank %}",
   "expect": ""
  },
  {
   "template": "{% if -3.7 contains properties.zero or true %}{% assign x = properties.matrix | prepend: properties.qty %}{% endif %}text{% capture x %}{% assign properties = (0..0) | number_of_words %}  \n  {% unless list or ' ' %}{% unless 'a&amp;b' == 0.1 and properties.entities %}{{ x }}{% endunless %}{% else %}{% assign x = properties.neg | lstrip %}{% if properties.yes contains properties.numstr or properties.emoji %}{% assign properties = '3.5' | strip_newlines %}{% assign properties = 0 | floor %} {{- nil }}{{ properties.numstr }}{%- elsif 'Hello World' or 'a,b,c' %}{{ y | json }}{{ 'x y z' | modulo: properties.epoch, allow_false: properties.multi -}}{% assign properties = '-2' | shift:  %}{%- endif -%}{% endunless %}{% endcapture %}",
   "expect": "text"
  },
  {
   "template": "{{ x }}",
   "expect": ""
  },
  {
   "template": "  \n  {{ '%Y-%m-%d' | where: properties.products[0], 'a,b,c' }}  \n  {% assign y = '<b>' | raw %}",
   "expect": "  \n    \n  "
  },
  {
   "template": " {% assign y = properties.matrix | url_decode %}",
   "expect": " "
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%^0P%-1z/', 'Europe/Berlin' }}",
   "input": {},
   "expect": "AM+0100/"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: ' %-_3c%-v%0_1x', 'Asia/Tokyo' }}",
   "input": {},
   "expect": " 3/1/1900, 9:00:00 AM%-v3/1/1900"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '/', 1439 }}",
   "input": {},
   "expect": "/"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%0I ' }}",
   "input": {},
   "expect": "11 "
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%0_W%0b%-:z%^#1R/ %#10w%10x', 'UTC' }}",
   "input": {},
   "expect": "27Jul+00:00%^#1R/ 0000000000007/4/1999"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%03w%Ex%10V-%010D%^#F%0', 600 }}",
   "input": {},
   "expect": "0032/28/1900%10V-%010D%^#F%0"
  },
  {
   "template": "{{ '2000-01-01' | date: '%1kT%0n-', 360 }}",
   "input": {},
   "expect": "18T\n-"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: 'x', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "x"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '-%3xx%_N' }}",
   "input": {},
   "expect": "-7/4/1999x000000000"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%^S%O %^#10 %-1UT%^3g', 600 }}",
   "input": {},
   "expect": "00%O %^#10 52T%^3g"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%_:zx%0_N', 'UTC' }}",
   "input": {},
   "expect": "+00:00x000000000"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '/%^#3-%3d' }}",
   "input": {},
   "expect": "/%^#3-001"
  },
  {
   "template": "{{ '2000-01-01' | date: ' T%:W%-10j%^E %:1O ', 'Asia/Tokyo' }}",
   "input": {},
   "expect": " T001%^E %:1O "
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%-_E%0_10s', -330 }}",
   "input": {},
   "expect": "%0_10s"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%0_tx %10V/%0_10n-', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "\tx %10V/         \n-"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: 'T%^#3d %#10Dx%:3W', -330 }}",
   "input": {},
   "expect": "T001 %#10Dx000"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%^M', 1439 }}",
   "input": {},
   "expect": "07"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: 'xx%#F %3U-/', 1439 }}",
   "input": {},
   "expect": "xx%#F 008-/"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%#3q%:0a%-W %10q', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "0THWed8 00000000th"
  },
  {
   "template": "{{ '2000-01-01' | date: '--%00g%_A%_1I/%-_0p-', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "--%00gSaturday9/AM-"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%-_0p%^#3D%-b%^#1E%10g%-_3v%10I', 600 }}",
   "input": {},
   "expect": "PM%^#3DDec%10g%-_3v0000000001"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%j%^10B%^3h%-_1g' }}",
   "input": {},
   "expect": "001   JANUARYJAN%-_1g"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%0_1R%3n', 'Europe/Berlin' }}",
   "input": {},
   "expect": "%0_1R00\n"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%^#I%0q%1c%10d%-p%g%^#1r%m', 'Europe/Berlin' }}",
   "input": {},
   "expect": "02rd1/3/2021, 2:14:15 PM0000000003PM%g%^#1r01"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%0_ x%-t%010%%^#A', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "%0_ x\t000000000%SUNDAY"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%#1A %^#10%%w%#0::z%0D%1w%%', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "MONDAY 000000000%1-08:00%0D1%"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%:10PT-%%', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "        pmT-%"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: 'x -', -330 }}",
   "input": {},
   "expect": "x -"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '/%R%^#3:z%-0L%^1w%#b', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "/%R%^#3:z02JAN"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%010y--%^a', 600 }}",
   "input": {},
   "expect": "0000000000--WED"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%-1 %#0B%3S%^10F%0_0c %_0::z%V', 0 }}",
   "input": {},
   "expect": "%-1 JANUARY015%^10F1/3/2021, 1:14:15 PM +00:00%V"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%T%-_r%-Zx' }}",
   "input": {},
   "expect": "%T%-_rUTCx"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '/%-1I%_0x%-_0t%0_Vx', 'Europe/Berlin' }}",
   "input": {},
   "expect": "/41/19/2038\t%0_Vx"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%0U%^1y%#0t%#1m%^#3m/', 'UTC' }}",
   "input": {},
   "expect": "5224\t12012/"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%1p%0Lx%D%h%:0e%1e%0_%', 0 }}",
   "input": {},
   "expect": "AM123x%DJan1515%"
  },
  {
   "template": "{{ '2000-01-01' | date: '%-_M%-_1n%3qT' }}",
   "input": {},
   "expect": "0\n0stT"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%^1g%0CTT%S%#0N%_e%3s', 1439 }}",
   "input": {},
   "expect": "%^1g20TT00000000000311672444860"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%^p%#B%^10v', -59 }}",
   "input": {},
   "expect": "AMJANUARY%^10v"
  },
  {
   "template": "{{ '2000-01-01' | date: '%00l%^#V%1A%-b%1S%-1r-/', -330 }}",
   "input": {},
   "expect": "05%^#VSaturdayJan0%-1r-/"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '-%#S%^#P%0_0O ', 1439 }}",
   "input": {},
   "expect": "-00PM%0_0O "
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%^1::z%^F%_::z- ', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "%^1::z%^F-08:00- "
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%0_0t%0X%_1H%E', 0 }}",
   "input": {},
   "expect": "\t10:30:45 AM10%E"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%#c%t%^#3E', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "7/3/1999, 10:06:07 pm\t%^#3E"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '/%0v%_3FT-%^#0u%1C', 360 }}",
   "input": {},
   "expect": "/%0v%_3FT-619"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: ' ', 'UTC' }}",
   "input": {},
   "expect": " "
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%1A%-_0h%1s%10', 0 }}",
   "input": {},
   "expect": "SaturdayFeb1582977600%10"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: 'T%0 %_0 ', -330 }}",
   "input": {},
   "expect": "T%0 %_0 "
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%_1X- %#3E% ', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "9:00:00 AM- 00% "
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: 'x', 1439 }}",
   "input": {},
   "expect": "x"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '- %0:z%_10I %1y%^Vx', 1439 }}",
   "input": {},
   "expect": "- -23:59        12 69%^Vx"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%_0T%x%::z%:0e', 'Europe/Berlin' }}",
   "input": {},
   "expect": "%_0T1/3/2021+01:0003"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '-', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "-"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%:1M%#:z%-_s%0_3%%-0N%10n', 0 }}",
   "input": {},
   "expect": "0+00:001672531200  %000000000000000000\n"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%#3V%-10N%-_0F', 600 }}",
   "input": {},
   "expect": "%#3V9990000000%-_0F"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%:v%:10::z', -59 }}",
   "input": {},
   "expect": "%:v%:10::z"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%^#1T%-_0k%0Px%^#0Nx%-_0m', -59 }}",
   "input": {},
   "expect": "%^#1T11amx123000000x1"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%010X%_0j- %-:z%010n', 0 }}",
   "input": {},
   "expect": "12:00:00 AM 60- +00:00000000000\n"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: 'x', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "x"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%^3q%I%-_3r', 360 }}",
   "input": {},
   "expect": "0ST06%-_3r"
  },
  {
   "template": "{{ '2000-01-01' | date: 'x%^#0L%e %^1r%^1 %1 ' }}",
   "input": {},
   "expect": "x000 1 %^1r%^1 %1 "
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%:3C%3W%#1z/x', -59 }}",
   "input": {},
   "expect": "020008+0059/x"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '/', -330 }}",
   "input": {},
   "expect": "/"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%-_1h%0_1X%01l%_1P%0C %#0z%^w', 'Europe/Berlin' }}",
   "input": {},
   "expect": "Feb1:00:00 PM1pm20 +01006"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%% %^#3n%:3Z%:1I', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "% 00\nAustralia/Adelaide10"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: 'x%-p %0_B%^10v/%^C', 600 }}",
   "input": {},
   "expect": "xPM February%^10v/19"
  },
  {
   "template": "{{ '2000-01-01' | date: '%-3w', 'UTC' }}",
   "input": {},
   "expect": "6"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%#0r' }}",
   "input": {},
   "expect": "%#0r"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%Z', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "Australia/Adelaide"
  },
  {
   "template": "{{ '2000-01-01' | date: '%0_3E %_1F%_0s%0_H-%_10j', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "%0_3E %_1F94672260010-         1"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: ' %0_0::z%:w%_Z', -330 }}",
   "input": {},
   "expect": " +05:300+0530"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%1zx-%3N %_1b', -59 }}",
   "input": {},
   "expect": "+0059x-000 Jan"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%^#0l%01z%r%^0p', 'UTC' }}",
   "input": {},
   "expect": "05+0000%rAM"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%-_S T%_0%%^r%0h%-_G', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "45 T%%^rJan%-_G"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%^3n%:3X%-n', 'Europe/Berlin' }}",
   "input": {},
   "expect": "00\n4:14:07 AM\n"
  },
  {
   "template": "{{ '2000-01-01' | date: '%10t', 'UTC' }}",
   "input": {},
   "expect": "000000000\t"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%A%_3T%0YT%0_1X', 1439 }}",
   "input": {},
   "expect": "Saturday%_3T2021T1:15:15 PM"
  },
  {
   "template": "{{ '2000-01-01' | date: '%^#10k-x %I//x', 'UTC' }}",
   "input": {},
   "expect": "         0-x 12//x"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%_10D/', 'UTC' }}",
   "input": {},
   "expect": "%_10D/"
  },
  {
   "template": "{{ '2000-01-01' | date: '%:1s%Rx%1 %-0T', 0 }}",
   "input": {},
   "expect": "946684800%Rx%1 %-0T"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%-y%1T%-_H%^10l%^#1a/T', -330 }}",
   "input": {},
   "expect": "23%1T5         5SUN/T"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '/%3u T/', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "/003 T/"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: ' %qxT%:w', 0 }}",
   "input": {},
   "expect": " thxT2"
  },
  {
   "template": "{{ '2000-01-01' | date: '%#', 0 }}",
   "input": {},
   "expect": "%#"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%h -T%^I%- ', 360 }}",
   "input": {},
   "expect": "Dec -T06%- "
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '//%#10G%1U%::z%_1::z%0V%0z', 0 }}",
   "input": {},
   "expect": "//%#10G27+00:00%_1::z%0V+0000"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%3V%^#1pT%-_3%%1F', 0 }}",
   "input": {},
   "expect": "%3VPMT%%1F"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%0_3eT%_l%0_c%^#10Sx//', 'Australia/Adelaide' }}",
   "input": {},
   "expect": " 19T 11/19/2038, 1:44:07 PM0000000007x//"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: 'T/' }}",
   "input": {},
   "expect": "T/"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: 'x-%-10n-%L-', 360 }}",
   "input": {},
   "expect": "x-\n-000-"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: 'T-%:3A', 0 }}",
   "input": {},
   "expect": "T-Tuesday"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%3d%03m//', 360 }}",
   "input": {},
   "expect": "031012//"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%-_w%:1H', -59 }}",
   "input": {},
   "expect": "111"
  },
  {
   "template": "{{ '2000-01-01' | date: '%_S%0_v%:s', 1439 }}",
   "input": {},
   "expect": " 0%0_v946598460"
  },
  {
   "template": "{{ '2000-01-01' | date: '%-_1v', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "%-_1v"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%:eT%:3Yx%A%Z', -59 }}",
   "input": {},
   "expect": " 1T1970xThursday+0059"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: 'xx-%-_G%-_1C', -330 }}",
   "input": {},
   "expect": "xx-%-_G19"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%-0C%3mx%-t%%%^10m%ex', 0 }}",
   "input": {},
   "expect": "20012x\t%000000001231x"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%#p %0_dT%0_10z%gT%0_10z', 'Europe/Berlin' }}",
   "input": {},
   "expect": "am  1T     +0100%gT     +0100"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%^#1V/%^#1S%#F', 'Europe/Berlin' }}",
   "input": {},
   "expect": "%^#1V/0%#F"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '-%010CT%_10::z%10w-%#3U%-_k', 360 }}",
   "input": {},
   "expect": "-0000000020T%_10::z0000000002-05217"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%^Cx%^1Gx%1e%_WT', 0 }}",
   "input": {},
   "expect": "20x%^1Gx3 1T"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '  %#10u%_v', 0 }}",
   "input": {},
   "expect": "  0000000007%_v"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%10c%Bx', -59 }}",
   "input": {},
   "expect": "1/15/2024, 11:29:45 AMJanuaryx"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '-%cx %w%^#10%:1wT' }}",
   "input": {},
   "expect": "-1/15/2024, 10:30:45 AMx 1000000000%:1wT"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%X%:X', 360 }}",
   "input": {},
   "expect": "6:00:00 PM6:00:00 PM"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%0_10Y', 'UTC' }}",
   "input": {},
   "expect": "      2023"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%^#I%#0g%e%0D%0_r%0_:z  ', 360 }}",
   "input": {},
   "expect": "06%#0g31%0D%0_r-06:00  "
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '-T%F%0V%^#1e%-_T', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "-T%F%0V31%-_T"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: 'T%_10A- -%-3k%-1W%^H', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "T Wednesday- -16816"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%u%-_3V%%', -330 }}",
   "input": {},
   "expect": "4%-_3V%"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%1Y-', -330 }}",
   "input": {},
   "expect": "2020-"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: ' %^#0c%-1::z%0L%^S%-10F%00x%-_10l', 1439 }}",
   "input": {},
   "expect": " 7/3/1999, 5:07:07 AM%-1::z00007%-10F7/3/19995"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%1e%:k%:3v', -59 }}",
   "input": {},
   "expect": "1 0%:3v"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%-10N', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "0000000000"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '/%:0S%0_10O%:0a%-_1P %10j ', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "/00         %:0aam 0000000001 "
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%03N', 1439 }}",
   "input": {},
   "expect": "123"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%:H%0Y/%0_1Ex/' }}",
   "input": {},
   "expect": "132021/1/3/2021/"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%_S%03P', 360 }}",
   "input": {},
   "expect": "150am"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '/%0_C%^#10D%0_1j%010l%1y%^#0B', 600 }}",
   "input": {},
   "expect": "/20%^#10D3000000000321JANUARY"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%^I%0_%10%-%YT%^#', 'Europe/Berlin' }}",
   "input": {},
   "expect": "01%10%YT%^#"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%-1t%10U%_0W%k', 0 }}",
   "input": {},
   "expect": "\t0000000008 8 0"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%-0X%n%10g%1 T%^0s %1Y', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "4:00:00 PM\n%10g%1 T-2203920000 1900"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%#U%0H%^1C%^#0 ', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "521520%^#0 "
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: 'x%0a%-_10c%u', 'UTC' }}",
   "input": {},
   "expect": "xThu3/1/1900, 12:00:00 AM4"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: ' %_c%_L%1% %-_10M', 'America/Los_Angeles' }}",
   "input": {},
   "expect": " 2/29/2020, 4:00:00 AM  0% 0"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%z%-0H%0eT%_0O', 'Europe/Berlin' }}",
   "input": {},
   "expect": "+0100101T%_0O"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%^#3x%#0k', 'UTC' }}",
   "input": {},
   "expect": "12/31/202423"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: 'x%^10C%-_Nxx', 360 }}",
   "input": {},
   "expect": "x0000000020000000000xx"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: ' ', -59 }}",
   "input": {},
   "expect": " "
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: 'x%m%-1p%03M', 600 }}",
   "input": {},
   "expect": "x01AM014"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%:3V', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "%:3V"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%-_%%#1C%^b%3h/%0j%_C%^O', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "%19JANJan/00119%^O"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%3A%#1N-' }}",
   "input": {},
   "expect": "Sunday0-"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%Z%v%_0w%01U', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "Australia/Adelaide%v30"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%1n%#3-%:10I%-_l', 1439 }}",
   "input": {},
   "expect": "\n%#3-000000001212"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '/ %-_I%:3r%1t%_10t%^#10D%^# ', 1439 }}",
   "input": {},
   "expect": "/ 10%:3r\t         \t%^#10D%^# "
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '/%10F%#1U%-_10U%1Z%0M', 600 }}",
   "input": {},
   "expect": "/%10F5252-100059"
  },
  {
   "template": "{{ '2000-01-01' | date: '%#y TT', 1439 }}",
   "input": {},
   "expect": "99 TT"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%^#0M%1v%_Z%^r%Wx/%:0A' }}",
   "input": {},
   "expect": "14%1vUTC%^r01x/Sunday"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%^#10s %3%-3S', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "1672502400 00%-3S"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%3p%Sx%_Y%#m %^#0Z%#G', 'UTC' }}",
   "input": {},
   "expect": " PM15x202101 UTC%#G"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%Ix', 'Europe/Berlin' }}",
   "input": {},
   "expect": "02x"
  },
  {
   "template": "{{ '2000-01-01' | date: 'T-%m%-_0O%0_3S/', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "T-01%0_3S/"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: 'x%t/%0_1U%01z', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "x\t/3+1030"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: 'T', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "T"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%0X %:L', 'Europe/Berlin' }}",
   "input": {},
   "expect": "12:59:59 AM 999"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%10U%0_q-%-10U', -59 }}",
   "input": {},
   "expect": "0000000000st-0"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: 'T%-e%^#g%-1I%0_::z%#H', -330 }}",
   "input": {},
   "expect": "T1%^#g5+05:3005"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%0Px%_t', 'UTC' }}",
   "input": {},
   "expect": "amx\t"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%0t Tx %-_D', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "\t Tx %-_D"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%_ %10Z%C%-10 %^#F%-_jx', 600 }}",
   "input": {},
   "expect": "%_ 00000-100020%-10 %^#F18x"
  },
  {
   "template": "{{ '2000-01-01' | date: ' %0%T%l%_1C%#S', 360 }}",
   "input": {},
   "expect": " %T 61900"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: 'x%^3t%^p%010R%3E', 'Europe/Berlin' }}",
   "input": {},
   "expect": "x00\tAM%010R%3E"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%3v%-1g/', -59 }}",
   "input": {},
   "expect": "%3v%-1g/"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: ' ', -59 }}",
   "input": {},
   "expect": " "
  },
  {
   "template": "{{ '2000-01-01' | date: '%1 %V%O%#3b' }}",
   "input": {},
   "expect": "%1 %V%#3b"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%0m%v%0Z', -59 }}",
   "input": {},
   "expect": "01%v+0059"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: 'xT%00E/%10B', 1439 }}",
   "input": {},
   "expect": "xT%00E/  December"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%-::z%#p %^#Rx%^#V', 1439 }}",
   "input": {},
   "expect": "-23:59am %^#Rx%^#V"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%#3A', -59 }}",
   "input": {},
   "expect": "TUESDAY"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%:10r', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "%:10r"
  },
  {
   "template": "{{ '2000-01-01' | date: '%-_1C%-_3V', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "19%-_3V"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: 'xx%:1Fx-/%^1z', 0 }}",
   "input": {},
   "expect": "xx%:1Fx-/+0000"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%#B %-_g%10y%0_3s' }}",
   "input": {},
   "expect": "FEBRUARY %-_g00000000201582977600"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '/%0_10H%0X%^#m', 'Europe/Berlin' }}",
   "input": {},
   "expect": "/         11:00:00 AM01"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%-0d %^1::z%::z', 1439 }}",
   "input": {},
   "expect": "2 %^1::z-23:59"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: 'T%^#10a%3s%^#3z', 600 }}",
   "input": {},
   "expect": "T       SAT1582941600-1000"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: ' %#0%-%_0y/%0X%#1P', 600 }}",
   "input": {},
   "expect": " %-21/3:14:15 AMAM"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: '%1m', 'Europe/Berlin' }}",
   "input": {},
   "expect": "1"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%0j%^#0:zT%3W%^#3g', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "001+10:30T000%^#3g"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '%A%-_:zT%0_3u%-_b%%', 1439 }}",
   "input": {},
   "expect": "Wednesday-23:59T  3Feb%"
  },
  {
   "template": "{{ '2000-01-01' | date: '%^#t%:1s%-3T%b', 600 }}",
   "input": {},
   "expect": "\t946648800%-3TDec"
  },
  {
   "template": "{{ '2000-01-01' | date: ' %03n%-_%%#1j%_3v%^I  ', -330 }}",
   "input": {},
   "expect": " 00\n%1%_3v05  "
  },
  {
   "template": "{{ '2000-01-01' | date: '%Y%-10O %V/T%#j%#R', 'Australia/Adelaide' }}",
   "input": {},
   "expect": "2000%-10O %V/T001%#R"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%03N %03gT%1v %^#T', -59 }}",
   "input": {},
   "expect": "000 %03gT%1v %^#T"
  },
  {
   "template": "{{ '2021-01-03T13:14:15Z' | date: 'xT%0_10zT', -330 }}",
   "input": {},
   "expect": "xT     +0530T"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%#w/', -59 }}",
   "input": {},
   "expect": "0/"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: 'x%e', -330 }}",
   "input": {},
   "expect": "x29"
  },
  {
   "template": "{{ '1970-01-01T00:00:00Z' | date: '%-_10w%H%^#D%-_z%I%:0a%-d%3P', 600 }}",
   "input": {},
   "expect": "314%^#D-100002Wed31 pm"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '/%-_0Sx-', 1439 }}",
   "input": {},
   "expect": "/0x-"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '-%-I', -59 }}",
   "input": {},
   "expect": "-11"
  },
  {
   "template": "{{ '2000-01-01' | date: '%-_1N%10Z', 'Asia/Tokyo' }}",
   "input": {},
   "expect": "0Asia/Tokyo"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%-10L%#jT', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "123015T"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '-', -330 }}",
   "input": {},
   "expect": "-"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '  %_z%^1Z%^#1A%1Ux%0_0h', 'Europe/Berlin' }}",
   "input": {},
   "expect": "  +0100EUROPE/BERLINMONDAY2xJan"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%0x% %^#0ax/', 600 }}",
   "input": {},
   "expect": "1/18/2038% MONx/"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: '%:0P%L%0_b%-_O', 1439 }}",
   "input": {},
   "expect": "am999Dec%-_O"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%-N%10B%00w%010Y%03v-', 600 }}",
   "input": {},
   "expect": "000000000   January10000002038%03v-"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '-%^#0Y%-q%10D-%^#3b%^0R%-_1U', 1439 }}",
   "input": {},
   "expect": "-1900th%10D-FEB%^0R8"
  },
  {
   "template": "{{ '2024-01-15T10:30:45.123Z' | date: '%^3T/%:3E%10U%-H%-10X', 600 }}",
   "input": {},
   "expect": "%^3T/00%10U012:30:45 AM"
  },
  {
   "template": "{{ '2020-02-29T12:00:00Z' | date: '%^3OT%:U%01H%0M', 'UTC' }}",
   "input": {},
   "expect": "%^3OT081200"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%^0H%A%^1dx %:Lx', 'UTC' }}",
   "input": {},
   "expect": "05Sunday4x 000x"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '-', 0 }}",
   "input": {},
   "expect": "-"
  },
  {
   "template": "{{ '2000-01-01' | date: 'T%h%:t%1::z%-_0a/-%^#a', 360 }}",
   "input": {},
   "expect": "TDec\t%1::zFri/-FRI"
  },
  {
   "template": "{{ '2023-01-01T00:00:00Z' | date: '%0_3g', 'Europe/Berlin' }}",
   "input": {},
   "expect": "%0_3g"
  },
  {
   "template": "{{ '1999-07-04T05:06:07Z' | date: '%-e%0_H', 360 }}",
   "input": {},
   "expect": "323"
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: '%#d%0H%0S%B ', 'UTC' }}",
   "input": {},
   "expect": "190307January "
  },
  {
   "template": "{{ '2038-01-19T03:14:07Z' | date: 'x%0_Z%^#1w%-_E%^3M', 'America/Los_Angeles' }}",
   "input": {},
   "expect": "xAmerica/Los_Angeles1%^3M"
  },
  {
   "template": "{{ '1900-03-01T00:00:00Z' | date: '/%10 %0m%0Z%#10B', 360 }}",
   "input": {},
   "expect": "/%10 02-0600  FEBRUARY"
  },
  {
   "template": "{{ '2024-12-31T23:59:59.999Z' | date: 'T%^#0q', 'Europe/Berlin' }}",
   "input": {},
   "expect": "TST"
  }
 ]
}
"""#
