#!/usr/bin/env node
import { createRequire as __saCreateRequire } from 'node:module';
const require = __saCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/php-parser/src/lexer/attribute.js
var require_attribute = __commonJS({
  "node_modules/php-parser/src/lexer/attribute.js"(exports, module) {
    "use strict";
    module.exports = {
      attributeIndex: 0,
      attributeListDepth: {},
      matchST_ATTRIBUTE() {
        const ch = this.input();
        if (this.is_WHITESPACE()) {
          do {
            this.input();
          } while (this.is_WHITESPACE());
          this.unput(1);
          return null;
        }
        switch (ch) {
          case "]":
            if (this.attributeListDepth[this.attributeIndex] === 0) {
              delete this.attributeListDepth[this.attributeIndex];
              this.attributeIndex--;
              this.popState();
            } else {
              this.attributeListDepth[this.attributeIndex]--;
            }
            return "]";
          case "(":
          case ")":
          case ":":
          case "=":
          case ";":
          case "|":
          case "&":
          case "^":
          case "-":
          case "+":
          case "*":
          case "%":
          case "~":
          case "<":
          case ">":
          case "!":
          case ".":
          case "{":
          case "}":
          case "$":
            return this.consume_TOKEN();
          case "[":
            this.attributeListDepth[this.attributeIndex]++;
            return "[";
          case ",":
            return ",";
          case '"':
            return this.ST_DOUBLE_QUOTES();
          case "'":
            return this.T_CONSTANT_ENCAPSED_STRING();
          case "/":
            if (this._input[this.offset] === "/") {
              return this.T_COMMENT();
            } else if (this._input[this.offset] === "*") {
              this.input();
              return this.T_DOC_COMMENT();
            } else {
              return this.consume_TOKEN();
            }
        }
        if (this.is_LABEL_START() || ch === "\\") {
          while (this.offset < this.size) {
            const ch2 = this.input();
            if (!(this.is_LABEL() || ch2 === "\\")) {
              if (ch2) this.unput(1);
              break;
            }
          }
          return this.T_STRING();
        } else if (this.is_NUM()) {
          return this.consume_NUM();
        }
        throw new Error(
          `Bad terminal sequence "${ch}" at line ${this.yylineno} (offset ${this.offset})`
        );
      }
    };
  }
});

// node_modules/php-parser/src/lexer/comments.js
var require_comments = __commonJS({
  "node_modules/php-parser/src/lexer/comments.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * Reads a single line comment
       */
      T_COMMENT() {
        while (this.offset < this.size) {
          const ch = this.input();
          if (ch === "\n" || ch === "\r") {
            return this.tok.T_COMMENT;
          } else if (ch === "?" && !this.aspTagMode && this._input[this.offset] === ">") {
            this.unput(1);
            return this.tok.T_COMMENT;
          } else if (ch === "%" && this.aspTagMode && this._input[this.offset] === ">") {
            this.unput(1);
            return this.tok.T_COMMENT;
          }
        }
        return this.tok.T_COMMENT;
      },
      /*
       * Behaviour : https://github.com/php/php-src/blob/master/Zend/zend_language_scanner.l#L1927
       */
      T_DOC_COMMENT() {
        let ch = this.input();
        let token = this.tok.T_COMMENT;
        if (ch === "*") {
          ch = this.input();
          if (this.is_WHITESPACE()) {
            token = this.tok.T_DOC_COMMENT;
          }
          if (ch === "/") {
            return token;
          } else {
            this.unput(1);
          }
        }
        while (this.offset < this.size) {
          ch = this.input();
          if (ch === "*" && this._input[this.offset] === "/") {
            this.input();
            break;
          }
        }
        return token;
      }
    };
  }
});

// node_modules/php-parser/src/lexer/initial.js
var require_initial = __commonJS({
  "node_modules/php-parser/src/lexer/initial.js"(exports, module) {
    "use strict";
    module.exports = {
      nextINITIAL() {
        if (this.conditionStack.length > 1 && this.conditionStack[this.conditionStack.length - 1] === "INITIAL") {
          this.popState();
        } else {
          this.begin("ST_IN_SCRIPTING");
        }
        return this;
      },
      matchINITIAL() {
        while (this.offset < this.size) {
          let ch = this.input();
          if (ch == "<") {
            ch = this.ahead(1);
            if (ch == "?") {
              if (this.tryMatch("?=")) {
                this.unput(1).appendToken(this.tok.T_OPEN_TAG_WITH_ECHO, 3).nextINITIAL();
                break;
              } else if (this.tryMatchCaseless("?php")) {
                ch = this._input[this.offset + 4];
                if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
                  this.unput(1).appendToken(this.tok.T_OPEN_TAG, 6).nextINITIAL();
                  break;
                }
              }
              if (this.short_tags) {
                this.unput(1).appendToken(this.tok.T_OPEN_TAG, 2).nextINITIAL();
                break;
              }
            } else if (this.asp_tags && ch == "%") {
              if (this.tryMatch("%=")) {
                this.aspTagMode = true;
                this.unput(1).appendToken(this.tok.T_OPEN_TAG_WITH_ECHO, 3).nextINITIAL();
                break;
              } else {
                this.aspTagMode = true;
                this.unput(1).appendToken(this.tok.T_OPEN_TAG, 2).nextINITIAL();
                break;
              }
            }
          }
        }
        if (this.yytext.length > 0) {
          return this.tok.T_INLINE_HTML;
        } else {
          return false;
        }
      }
    };
  }
});

// node_modules/php-parser/src/lexer/numbers.js
var require_numbers = __commonJS({
  "node_modules/php-parser/src/lexer/numbers.js"(exports, module) {
    "use strict";
    var MAX_LENGTH_OF_LONG = 10;
    var long_min_digits = "2147483648";
    if (process.arch == "x64") {
      MAX_LENGTH_OF_LONG = 19;
      long_min_digits = "9223372036854775808";
    }
    module.exports = {
      consume_NUM() {
        let ch = this.yytext[0];
        let hasPoint = ch === ".";
        if (ch === "0") {
          ch = this.input();
          if (ch === "x" || ch === "X") {
            ch = this.input();
            if (ch !== "_" && this.is_HEX()) {
              return this.consume_HNUM();
            } else {
              this.unput(ch ? 2 : 1);
            }
          } else if (ch === "b" || ch === "B") {
            ch = this.input();
            if (ch !== "_" && ch === "0" || ch === "1") {
              return this.consume_BNUM();
            } else {
              this.unput(ch ? 2 : 1);
            }
          } else if (ch === "o" || ch === "O") {
            ch = this.input();
            if (ch !== "_" && this.is_OCTAL()) {
              return this.consume_ONUM();
            } else {
              this.unput(ch ? 2 : 1);
            }
          } else if (!this.is_NUM()) {
            if (ch) this.unput(1);
          }
        }
        while (this.offset < this.size) {
          const prev = ch;
          ch = this.input();
          if (ch === "_") {
            if (prev === "_") {
              this.unput(2);
              break;
            }
            if (prev === ".") {
              this.unput(1);
              break;
            }
            if (prev === "e" || prev === "E") {
              this.unput(2);
              break;
            }
          } else if (ch === ".") {
            if (hasPoint) {
              this.unput(1);
              break;
            }
            if (prev === "_") {
              this.unput(2);
              break;
            }
            hasPoint = true;
            continue;
          } else if (ch === "e" || ch === "E") {
            if (prev === "_") {
              this.unput(1);
              break;
            }
            let undo = 2;
            ch = this.input();
            if (ch === "+" || ch === "-") {
              undo = 3;
              ch = this.input();
            }
            if (this.is_NUM_START()) {
              this.consume_LNUM();
              return this.tok.T_DNUMBER;
            }
            this.unput(ch ? undo : undo - 1);
            break;
          }
          if (!this.is_NUM()) {
            if (ch) this.unput(1);
            break;
          }
        }
        if (hasPoint) {
          return this.tok.T_DNUMBER;
        } else if (this.yytext.length < MAX_LENGTH_OF_LONG - 1) {
          return this.tok.T_LNUMBER;
        } else {
          if (this.yytext.length < MAX_LENGTH_OF_LONG || this.yytext.length == MAX_LENGTH_OF_LONG && this.yytext < long_min_digits) {
            return this.tok.T_LNUMBER;
          }
          return this.tok.T_DNUMBER;
        }
      },
      // read hexa
      consume_HNUM() {
        while (this.offset < this.size) {
          const ch = this.input();
          if (!this.is_HEX()) {
            if (ch) this.unput(1);
            break;
          }
        }
        return this.tok.T_LNUMBER;
      },
      // read a generic number
      consume_LNUM() {
        while (this.offset < this.size) {
          const ch = this.input();
          if (!this.is_NUM()) {
            if (ch) this.unput(1);
            break;
          }
        }
        return this.tok.T_LNUMBER;
      },
      // read binary
      consume_BNUM() {
        let ch;
        while (this.offset < this.size) {
          ch = this.input();
          if (ch !== "0" && ch !== "1" && ch !== "_") {
            if (ch) this.unput(1);
            break;
          }
        }
        return this.tok.T_LNUMBER;
      },
      // read an octal number
      consume_ONUM() {
        while (this.offset < this.size) {
          const ch = this.input();
          if (!this.is_OCTAL()) {
            if (ch) this.unput(1);
            break;
          }
        }
        return this.tok.T_LNUMBER;
      }
    };
  }
});

// node_modules/php-parser/src/lexer/property.js
var require_property = __commonJS({
  "node_modules/php-parser/src/lexer/property.js"(exports, module) {
    "use strict";
    module.exports = {
      matchST_LOOKING_FOR_PROPERTY() {
        let ch = this.input();
        if (ch === "-") {
          ch = this.input();
          if (ch === ">") {
            return this.tok.T_OBJECT_OPERATOR;
          }
          if (ch) this.unput(1);
        } else if (this.is_WHITESPACE()) {
          return this.tok.T_WHITESPACE;
        } else if (this.is_LABEL_START()) {
          this.consume_LABEL();
          this.popState();
          return this.tok.T_STRING;
        }
        this.popState();
        if (ch) this.unput(1);
        return false;
      },
      matchST_LOOKING_FOR_VARNAME() {
        let ch = this.input();
        this.popState();
        this.begin("ST_IN_SCRIPTING");
        if (this.is_LABEL_START()) {
          this.consume_LABEL();
          ch = this.input();
          if (ch === "[" || ch === "}") {
            this.unput(1);
            return this.tok.T_STRING_VARNAME;
          } else {
            this.unput(this.yytext.length);
          }
        } else {
          if (ch) this.unput(1);
        }
        return false;
      },
      matchST_VAR_OFFSET() {
        const ch = this.input();
        if (this.is_NUM_START()) {
          this.consume_NUM();
          return this.tok.T_NUM_STRING;
        } else if (ch === "]") {
          this.popState();
          return "]";
        } else if (ch === "$") {
          this.input();
          if (this.is_LABEL_START()) {
            this.consume_LABEL();
            return this.tok.T_VARIABLE;
          } else {
            throw new Error("Unexpected terminal");
          }
        } else if (this.is_LABEL_START()) {
          this.consume_LABEL();
          return this.tok.T_STRING;
        } else if (this.is_WHITESPACE() || ch === "\\" || ch === "'" || ch === "#") {
          return this.tok.T_ENCAPSED_AND_WHITESPACE;
        } else if (ch === "[" || ch === "{" || ch === "}" || ch === '"' || ch === "`" || this.is_TOKEN()) {
          return ch;
        } else {
          throw new Error("Unexpected terminal");
        }
      }
    };
  }
});

// node_modules/php-parser/src/lexer/scripting.js
var require_scripting = __commonJS({
  "node_modules/php-parser/src/lexer/scripting.js"(exports, module) {
    "use strict";
    module.exports = {
      matchST_IN_SCRIPTING() {
        let ch = this.input();
        switch (ch) {
          case " ":
          case "	":
          case "\n":
          case "\r":
          case "\r\n":
            return this.T_WHITESPACE();
          case "#":
            if (this.version >= 800 && this._input[this.offset] === "[") {
              this.input();
              this.attributeListDepth[++this.attributeIndex] = 0;
              this.begin("ST_ATTRIBUTE");
              return this.tok.T_ATTRIBUTE;
            }
            return this.T_COMMENT();
          case "/":
            if (this._input[this.offset] === "/") {
              return this.T_COMMENT();
            } else if (this._input[this.offset] === "*") {
              this.input();
              return this.T_DOC_COMMENT();
            }
            return this.consume_TOKEN();
          case "'":
            return this.T_CONSTANT_ENCAPSED_STRING();
          case '"':
            return this.ST_DOUBLE_QUOTES();
          case "`":
            this.begin("ST_BACKQUOTE");
            return "`";
          case "?":
            if (!this.aspTagMode && this.tryMatch(">")) {
              this.input();
              const nextCH = this._input[this.offset];
              if (nextCH === "\n" || nextCH === "\r") this.input();
              if (this.conditionStack.length > 1) {
                this.begin("INITIAL");
              }
              return this.tok.T_CLOSE_TAG;
            }
            return this.consume_TOKEN();
          case "%":
            if (this.aspTagMode && this._input[this.offset] === ">") {
              this.input();
              ch = this._input[this.offset];
              if (ch === "\n" || ch === "\r") {
                this.input();
              }
              this.aspTagMode = false;
              if (this.conditionStack.length > 1) {
                this.begin("INITIAL");
              }
              return this.tok.T_CLOSE_TAG;
            }
            return this.consume_TOKEN();
          case "{":
            this.begin("ST_IN_SCRIPTING");
            return "{";
          case "}":
            if (this.conditionStack.length > 2) {
              this.popState();
            }
            return "}";
          default:
            if (ch === ".") {
              ch = this.input();
              if (this.is_NUM_START()) {
                return this.consume_NUM();
              } else {
                if (ch) this.unput(1);
              }
            }
            if (this.is_NUM_START()) {
              return this.consume_NUM();
            } else if (this.is_LABEL_START()) {
              return this.consume_LABEL().T_STRING();
            } else if (this.is_TOKEN()) {
              return this.consume_TOKEN();
            }
        }
        throw new Error(
          'Bad terminal sequence "' + ch + '" at line ' + this.yylineno + " (offset " + this.offset + ")"
        );
      },
      T_WHITESPACE() {
        while (this.offset < this.size) {
          const ch = this.input();
          if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
            continue;
          }
          if (ch) this.unput(1);
          break;
        }
        return this.tok.T_WHITESPACE;
      }
    };
  }
});

// node_modules/php-parser/src/lexer/strings.js
var require_strings = __commonJS({
  "node_modules/php-parser/src/lexer/strings.js"(exports, module) {
    "use strict";
    var newline = ["\n", "\r"];
    var valid_after_heredoc = ["\n", "\r", ";"];
    var valid_after_heredoc_73 = valid_after_heredoc.concat([
      "	",
      " ",
      ",",
      "]",
      ")",
      "/",
      "=",
      "!",
      "."
    ]);
    module.exports = {
      T_CONSTANT_ENCAPSED_STRING() {
        let ch;
        while (this.offset < this.size) {
          ch = this.input();
          if (ch == "\\") {
            this.input();
          } else if (ch == "'") {
            break;
          }
        }
        return this.tok.T_CONSTANT_ENCAPSED_STRING;
      },
      // check if matching a HEREDOC state
      is_HEREDOC() {
        const revert = this.offset;
        if (this._input[this.offset - 1] === "<" && this._input[this.offset] === "<" && this._input[this.offset + 1] === "<") {
          this.offset += 3;
          if (this.is_TABSPACE()) {
            while (this.offset < this.size) {
              this.offset++;
              if (!this.is_TABSPACE()) {
                break;
              }
            }
          }
          let tChar = this._input[this.offset - 1];
          if (tChar === "'" || tChar === '"') {
            this.offset++;
          } else {
            tChar = null;
          }
          if (this.is_LABEL_START()) {
            let yyoffset = this.offset - 1;
            while (this.offset < this.size) {
              this.offset++;
              if (!this.is_LABEL()) {
                break;
              }
            }
            const yylabel = this._input.substring(yyoffset, this.offset - 1);
            if (!tChar || tChar === this._input[this.offset - 1]) {
              if (tChar) this.offset++;
              if (newline.includes(this._input[this.offset - 1])) {
                this.heredoc_label.label = yylabel;
                this.heredoc_label.length = yylabel.length;
                this.heredoc_label.finished = false;
                yyoffset = this.offset - revert;
                this.offset = revert;
                this.consume(yyoffset);
                if (tChar === "'") {
                  this.begin("ST_NOWDOC");
                } else {
                  this.begin("ST_HEREDOC");
                }
                this.prematch_ENDOFDOC();
                return this.tok.T_START_HEREDOC;
              }
            }
          }
        }
        this.offset = revert;
        return false;
      },
      ST_DOUBLE_QUOTES() {
        let ch;
        while (this.offset < this.size) {
          ch = this.input();
          if (ch == "\\") {
            this.input();
          } else if (ch == '"') {
            break;
          } else if (ch == "$") {
            ch = this.input();
            if (ch == "{" || this.is_LABEL_START()) {
              this.unput(2);
              break;
            }
            if (ch) this.unput(1);
          } else if (ch == "{") {
            ch = this.input();
            if (ch == "$") {
              this.unput(2);
              break;
            }
            if (ch) this.unput(1);
          }
        }
        if (ch == '"') {
          return this.tok.T_CONSTANT_ENCAPSED_STRING;
        } else {
          let prefix = 1;
          if (this.yytext[0] === "b" || this.yytext[0] === "B") {
            prefix = 2;
          }
          if (this.yytext.length > 2) {
            this.appendToken(
              this.tok.T_ENCAPSED_AND_WHITESPACE,
              this.yytext.length - prefix
            );
          }
          this.unput(this.yytext.length - prefix);
          this.begin("ST_DOUBLE_QUOTES");
          return this.yytext;
        }
      },
      // check if its a DOC end sequence
      isDOC_MATCH(offset, consumeLeadingSpaces) {
        const prev_ch = this._input[offset - 2];
        if (!newline.includes(prev_ch)) {
          return false;
        }
        let indentation_uses_spaces = false;
        let indentation_uses_tabs = false;
        let indentation = 0;
        let leading_ch = this._input[offset - 1];
        if (this.version >= 703) {
          while (leading_ch === "	" || leading_ch === " ") {
            if (leading_ch === " ") {
              indentation_uses_spaces = true;
            } else if (leading_ch === "	") {
              indentation_uses_tabs = true;
            }
            leading_ch = this._input[offset + indentation];
            indentation++;
          }
          offset = offset + indentation;
          if (newline.includes(this._input[offset - 1])) {
            return false;
          }
        }
        if (this._input.substring(
          offset - 1,
          offset - 1 + this.heredoc_label.length
        ) === this.heredoc_label.label) {
          const ch = this._input[offset - 1 + this.heredoc_label.length];
          if ((this.version >= 703 ? valid_after_heredoc_73 : valid_after_heredoc).includes(ch)) {
            if (consumeLeadingSpaces) {
              this.consume(indentation);
              if (indentation_uses_spaces && indentation_uses_tabs) {
                throw new Error(
                  "Parse error:  mixing spaces and tabs in ending marker at line " + this.yylineno + " (offset " + this.offset + ")"
                );
              }
            } else {
              this.heredoc_label.indentation = indentation;
              this.heredoc_label.indentation_uses_spaces = indentation_uses_spaces;
              this.heredoc_label.first_encaps_node = true;
            }
            return true;
          }
        }
        return false;
      },
      /*
       * Prematch the end of HEREDOC/NOWDOC end tag to preset the
       * context of this.heredoc_label
       */
      prematch_ENDOFDOC() {
        this.heredoc_label.indentation_uses_spaces = false;
        this.heredoc_label.indentation = 0;
        this.heredoc_label.first_encaps_node = true;
        let offset = this.offset + 1;
        while (offset < this._input.length) {
          if (this.isDOC_MATCH(offset, false)) {
            return;
          }
          if (!newline.includes(this._input[offset - 1])) {
            while (!newline.includes(this._input[offset++]) && offset < this._input.length) {
            }
          }
          offset++;
        }
      },
      matchST_NOWDOC() {
        if (this.isDOC_MATCH(this.offset, true)) {
          this.consume(this.heredoc_label.length);
          this.popState();
          return this.tok.T_END_HEREDOC;
        }
        let ch = this._input[this.offset - 1];
        while (this.offset < this.size) {
          if (newline.includes(ch)) {
            ch = this.input();
            if (this.isDOC_MATCH(this.offset, true)) {
              this.unput(1).popState();
              this.appendToken(this.tok.T_END_HEREDOC, this.heredoc_label.length);
              return this.tok.T_ENCAPSED_AND_WHITESPACE;
            }
          } else {
            ch = this.input();
          }
        }
        return this.tok.T_ENCAPSED_AND_WHITESPACE;
      },
      matchST_HEREDOC() {
        let ch = this.input();
        if (this.isDOC_MATCH(this.offset, true)) {
          this.consume(this.heredoc_label.length - 1);
          this.popState();
          return this.tok.T_END_HEREDOC;
        }
        while (this.offset < this.size) {
          if (ch === "\\") {
            ch = this.input();
            if (!newline.includes(ch)) {
              ch = this.input();
            }
          }
          if (newline.includes(ch)) {
            ch = this.input();
            if (this.isDOC_MATCH(this.offset, true)) {
              this.unput(1).popState();
              this.appendToken(this.tok.T_END_HEREDOC, this.heredoc_label.length);
              return this.tok.T_ENCAPSED_AND_WHITESPACE;
            }
          } else if (ch === "$") {
            ch = this.input();
            if (ch === "{") {
              this.begin("ST_LOOKING_FOR_VARNAME");
              if (this.yytext.length > 2) {
                this.appendToken(this.tok.T_DOLLAR_OPEN_CURLY_BRACES, 2);
                this.unput(2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                return this.tok.T_DOLLAR_OPEN_CURLY_BRACES;
              }
            } else if (this.is_LABEL_START()) {
              const yyoffset = this.offset;
              const next = this.consume_VARIABLE();
              if (this.yytext.length > this.offset - yyoffset + 2) {
                this.appendToken(next, this.offset - yyoffset + 2);
                this.unput(this.offset - yyoffset + 2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                return next;
              }
            }
          } else if (ch === "{") {
            ch = this.input();
            if (ch === "$") {
              this.begin("ST_IN_SCRIPTING");
              if (this.yytext.length > 2) {
                this.appendToken(this.tok.T_CURLY_OPEN, 1);
                this.unput(2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                this.unput(1);
                return this.tok.T_CURLY_OPEN;
              }
            }
          } else {
            ch = this.input();
          }
        }
        return this.tok.T_ENCAPSED_AND_WHITESPACE;
      },
      consume_VARIABLE() {
        this.consume_LABEL();
        const ch = this.input();
        if (ch == "[") {
          this.unput(1);
          this.begin("ST_VAR_OFFSET");
          return this.tok.T_VARIABLE;
        } else if (ch === "-") {
          if (this.input() === ">") {
            this.input();
            if (this.is_LABEL_START()) {
              this.begin("ST_LOOKING_FOR_PROPERTY");
            }
            this.unput(3);
            return this.tok.T_VARIABLE;
          } else {
            this.unput(2);
          }
        } else {
          if (ch) this.unput(1);
        }
        return this.tok.T_VARIABLE;
      },
      // HANDLES BACKQUOTES
      matchST_BACKQUOTE() {
        let ch = this.input();
        if (ch === "$") {
          ch = this.input();
          if (ch === "{") {
            this.begin("ST_LOOKING_FOR_VARNAME");
            return this.tok.T_DOLLAR_OPEN_CURLY_BRACES;
          } else if (this.is_LABEL_START()) {
            const tok = this.consume_VARIABLE();
            return tok;
          }
        } else if (ch === "{") {
          if (this._input[this.offset] === "$") {
            this.begin("ST_IN_SCRIPTING");
            return this.tok.T_CURLY_OPEN;
          }
        } else if (ch === "`") {
          this.popState();
          return "`";
        }
        while (this.offset < this.size) {
          if (ch === "\\") {
            this.input();
          } else if (ch === "`") {
            this.unput(1);
            this.popState();
            this.appendToken("`", 1);
            break;
          } else if (ch === "$") {
            ch = this.input();
            if (ch === "{") {
              this.begin("ST_LOOKING_FOR_VARNAME");
              if (this.yytext.length > 2) {
                this.appendToken(this.tok.T_DOLLAR_OPEN_CURLY_BRACES, 2);
                this.unput(2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                return this.tok.T_DOLLAR_OPEN_CURLY_BRACES;
              }
            } else if (this.is_LABEL_START()) {
              const yyoffset = this.offset;
              const next = this.consume_VARIABLE();
              if (this.yytext.length > this.offset - yyoffset + 2) {
                this.appendToken(next, this.offset - yyoffset + 2);
                this.unput(this.offset - yyoffset + 2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                return next;
              }
            }
            continue;
          } else if (ch === "{") {
            ch = this.input();
            if (ch === "$") {
              this.begin("ST_IN_SCRIPTING");
              if (this.yytext.length > 2) {
                this.appendToken(this.tok.T_CURLY_OPEN, 1);
                this.unput(2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                this.unput(1);
                return this.tok.T_CURLY_OPEN;
              }
            }
            continue;
          }
          ch = this.input();
        }
        return this.tok.T_ENCAPSED_AND_WHITESPACE;
      },
      matchST_DOUBLE_QUOTES() {
        let ch = this.input();
        if (ch === "$") {
          ch = this.input();
          if (ch === "{") {
            this.begin("ST_LOOKING_FOR_VARNAME");
            return this.tok.T_DOLLAR_OPEN_CURLY_BRACES;
          } else if (this.is_LABEL_START()) {
            const tok = this.consume_VARIABLE();
            return tok;
          }
        } else if (ch === "{") {
          if (this._input[this.offset] === "$") {
            this.begin("ST_IN_SCRIPTING");
            return this.tok.T_CURLY_OPEN;
          }
        } else if (ch === '"') {
          this.popState();
          return '"';
        }
        while (this.offset < this.size) {
          if (ch === "\\") {
            this.input();
          } else if (ch === '"') {
            this.unput(1);
            this.popState();
            this.appendToken('"', 1);
            break;
          } else if (ch === "$") {
            ch = this.input();
            if (ch === "{") {
              this.begin("ST_LOOKING_FOR_VARNAME");
              if (this.yytext.length > 2) {
                this.appendToken(this.tok.T_DOLLAR_OPEN_CURLY_BRACES, 2);
                this.unput(2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                return this.tok.T_DOLLAR_OPEN_CURLY_BRACES;
              }
            } else if (this.is_LABEL_START()) {
              const yyoffset = this.offset;
              const next = this.consume_VARIABLE();
              if (this.yytext.length > this.offset - yyoffset + 2) {
                this.appendToken(next, this.offset - yyoffset + 2);
                this.unput(this.offset - yyoffset + 2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                return next;
              }
            }
            if (ch) this.unput(1);
          } else if (ch === "{") {
            ch = this.input();
            if (ch === "$") {
              this.begin("ST_IN_SCRIPTING");
              if (this.yytext.length > 2) {
                this.appendToken(this.tok.T_CURLY_OPEN, 1);
                this.unput(2);
                return this.tok.T_ENCAPSED_AND_WHITESPACE;
              } else {
                this.unput(1);
                return this.tok.T_CURLY_OPEN;
              }
            }
            if (ch) this.unput(1);
          }
          ch = this.input();
        }
        return this.tok.T_ENCAPSED_AND_WHITESPACE;
      }
    };
  }
});

// node_modules/php-parser/src/lexer/tokens.js
var require_tokens = __commonJS({
  "node_modules/php-parser/src/lexer/tokens.js"(exports, module) {
    "use strict";
    module.exports = {
      T_STRING() {
        const token = this.yytext.toLowerCase();
        let id = this.keywords[token];
        if (typeof id !== "number") {
          if (token === "yield") {
            if (this.version >= 700 && this.tryMatch(" from")) {
              this.consume(5);
              id = this.tok.T_YIELD_FROM;
            } else {
              id = this.tok.T_YIELD;
            }
          } else {
            id = this.tok.T_STRING;
            if (token === "b" || token === "B") {
              const ch = this.input();
              if (ch === '"') {
                return this.ST_DOUBLE_QUOTES();
              } else if (ch === "'") {
                return this.T_CONSTANT_ENCAPSED_STRING();
              } else if (ch) {
                this.unput(1);
              }
            }
          }
        }
        if (id === this.tok.T_ENUM) {
          if (this.version < 801) {
            return this.tok.T_STRING;
          }
          const initial = this.offset;
          let ch = this.input();
          while (ch == " ") {
            ch = this.input();
          }
          let isEnum = false;
          if (this.is_LABEL_START()) {
            while (this.is_LABEL()) {
              ch += this.input();
            }
            const label = ch.slice(0, -1).toLowerCase();
            isEnum = label !== "extends" && label !== "implements";
          }
          this.unput(this.offset - initial);
          return isEnum ? this.tok.T_ENUM : this.tok.T_STRING;
        }
        if (this.offset < this.size && id !== this.tok.T_YIELD_FROM) {
          let ch = this.input();
          if (ch === "\\") {
            id = token === "namespace" ? this.tok.T_NAME_RELATIVE : this.tok.T_NAME_QUALIFIED;
            do {
              if (this._input[this.offset] === "{") {
                this.input();
                break;
              }
              this.consume_LABEL();
              ch = this.input();
            } while (ch === "\\");
          }
          if (ch) {
            this.unput(1);
          }
        }
        return id;
      },
      // reads a custom token
      consume_TOKEN() {
        const ch = this._input[this.offset - 1];
        const fn = this.tokenTerminals[ch];
        if (fn) {
          return fn.apply(this, []);
        } else {
          return this.yytext;
        }
      },
      // list of special char tokens
      tokenTerminals: {
        $() {
          this.offset++;
          if (this.is_LABEL_START()) {
            this.offset--;
            this.consume_LABEL();
            return this.tok.T_VARIABLE;
          } else {
            this.offset--;
            return "$";
          }
        },
        "-"() {
          const nchar = this._input[this.offset];
          if (nchar === ">") {
            this.begin("ST_LOOKING_FOR_PROPERTY").input();
            return this.tok.T_OBJECT_OPERATOR;
          } else if (nchar === "-") {
            this.input();
            return this.tok.T_DEC;
          } else if (nchar === "=") {
            this.input();
            return this.tok.T_MINUS_EQUAL;
          }
          return "-";
        },
        "\\"() {
          if (this.offset < this.size) {
            this.input();
            if (this.is_LABEL_START()) {
              let ch;
              do {
                if (this._input[this.offset] === "{") {
                  this.input();
                  break;
                }
                this.consume_LABEL();
                ch = this.input();
              } while (ch === "\\");
              this.unput(1);
              return this.tok.T_NAME_FULLY_QUALIFIED;
            } else {
              this.unput(1);
            }
          }
          return this.tok.T_NS_SEPARATOR;
        },
        "/"() {
          if (this._input[this.offset] === "=") {
            this.input();
            return this.tok.T_DIV_EQUAL;
          }
          return "/";
        },
        ":"() {
          if (this._input[this.offset] === ":") {
            this.input();
            return this.tok.T_DOUBLE_COLON;
          } else {
            return ":";
          }
        },
        "("() {
          const initial = this.offset;
          this.input();
          if (this.is_TABSPACE()) {
            this.consume_TABSPACE().input();
          }
          if (this.is_LABEL_START()) {
            const yylen = this.yytext.length;
            this.consume_LABEL();
            const castToken = this.yytext.substring(yylen - 1).toLowerCase();
            const castId = this.castKeywords[castToken];
            if (typeof castId === "number") {
              this.input();
              if (this.is_TABSPACE()) {
                this.consume_TABSPACE().input();
              }
              if (this._input[this.offset - 1] === ")") {
                return castId;
              }
            }
          }
          this.unput(this.offset - initial);
          return "(";
        },
        "="() {
          const nchar = this._input[this.offset];
          if (nchar === ">") {
            this.input();
            return this.tok.T_DOUBLE_ARROW;
          } else if (nchar === "=") {
            if (this._input[this.offset + 1] === "=") {
              this.consume(2);
              return this.tok.T_IS_IDENTICAL;
            } else {
              this.input();
              return this.tok.T_IS_EQUAL;
            }
          }
          return "=";
        },
        "+"() {
          const nchar = this._input[this.offset];
          if (nchar === "+") {
            this.input();
            return this.tok.T_INC;
          } else if (nchar === "=") {
            this.input();
            return this.tok.T_PLUS_EQUAL;
          }
          return "+";
        },
        "!"() {
          if (this._input[this.offset] === "=") {
            if (this._input[this.offset + 1] === "=") {
              this.consume(2);
              return this.tok.T_IS_NOT_IDENTICAL;
            } else {
              this.input();
              return this.tok.T_IS_NOT_EQUAL;
            }
          }
          return "!";
        },
        "?"() {
          if (this.version >= 700 && this._input[this.offset] === "?") {
            if (this.version >= 704 && this._input[this.offset + 1] === "=") {
              this.consume(2);
              return this.tok.T_COALESCE_EQUAL;
            } else {
              this.input();
              return this.tok.T_COALESCE;
            }
          }
          if (this.version >= 800 && this._input[this.offset] === "-" && this._input[this.offset + 1] === ">") {
            this.consume(1);
            this.begin("ST_LOOKING_FOR_PROPERTY").input();
            return this.tok.T_NULLSAFE_OBJECT_OPERATOR;
          }
          return "?";
        },
        "<"() {
          let nchar = this._input[this.offset];
          if (nchar === "<") {
            nchar = this._input[this.offset + 1];
            if (nchar === "=") {
              this.consume(2);
              return this.tok.T_SL_EQUAL;
            } else if (nchar === "<") {
              if (this.is_HEREDOC()) {
                return this.tok.T_START_HEREDOC;
              }
            }
            this.input();
            return this.tok.T_SL;
          } else if (nchar === "=") {
            this.input();
            if (this.version >= 700 && this._input[this.offset] === ">") {
              this.input();
              return this.tok.T_SPACESHIP;
            } else {
              return this.tok.T_IS_SMALLER_OR_EQUAL;
            }
          } else if (nchar === ">") {
            this.input();
            return this.tok.T_IS_NOT_EQUAL;
          }
          return "<";
        },
        ">"() {
          let nchar = this._input[this.offset];
          if (nchar === "=") {
            this.input();
            return this.tok.T_IS_GREATER_OR_EQUAL;
          } else if (nchar === ">") {
            nchar = this._input[this.offset + 1];
            if (nchar === "=") {
              this.consume(2);
              return this.tok.T_SR_EQUAL;
            } else {
              this.input();
              return this.tok.T_SR;
            }
          }
          return ">";
        },
        "*"() {
          const nchar = this._input[this.offset];
          if (nchar === "=") {
            this.input();
            return this.tok.T_MUL_EQUAL;
          } else if (nchar === "*") {
            this.input();
            if (this._input[this.offset] === "=") {
              this.input();
              return this.tok.T_POW_EQUAL;
            } else {
              return this.tok.T_POW;
            }
          }
          return "*";
        },
        "."() {
          const nchar = this._input[this.offset];
          if (nchar === "=") {
            this.input();
            return this.tok.T_CONCAT_EQUAL;
          } else if (nchar === "." && this._input[this.offset + 1] === ".") {
            this.consume(2);
            return this.tok.T_ELLIPSIS;
          }
          return ".";
        },
        "%"() {
          if (this._input[this.offset] === "=") {
            this.input();
            return this.tok.T_MOD_EQUAL;
          }
          return "%";
        },
        "&"() {
          const nchar = this._input[this.offset];
          if (nchar === "=") {
            this.input();
            return this.tok.T_AND_EQUAL;
          } else if (nchar === "&") {
            this.input();
            return this.tok.T_BOOLEAN_AND;
          }
          return "&";
        },
        "|"() {
          const nchar = this._input[this.offset];
          if (nchar === "=") {
            this.input();
            return this.tok.T_OR_EQUAL;
          } else if (nchar === "|") {
            this.input();
            return this.tok.T_BOOLEAN_OR;
          } else if (nchar === ">") {
            this.input();
            return this.tok.T_PIPE;
          }
          return "|";
        },
        "^"() {
          if (this._input[this.offset] === "=") {
            this.input();
            return this.tok.T_XOR_EQUAL;
          }
          return "^";
        }
      }
    };
  }
});

// node_modules/php-parser/src/lexer/utils.js
var require_utils = __commonJS({
  "node_modules/php-parser/src/lexer/utils.js"(exports, module) {
    "use strict";
    var tokens = ";:,.\\[]()|^&+-/*=%!~$<>?@";
    module.exports = {
      // check if the char can be a numeric
      is_NUM() {
        const ch = this._input.charCodeAt(this.offset - 1);
        return ch > 47 && ch < 58 || ch === 95;
      },
      // check if the char can be a numeric
      is_NUM_START() {
        const ch = this._input.charCodeAt(this.offset - 1);
        return ch > 47 && ch < 58;
      },
      // check if current char can be a label
      is_LABEL() {
        const ch = this._input.charCodeAt(this.offset - 1);
        return ch > 96 && ch < 123 || ch > 64 && ch < 91 || ch === 95 || ch > 47 && ch < 58 || ch > 126;
      },
      // check if current char can be a label
      is_LABEL_START() {
        const ch = this._input.charCodeAt(this.offset - 1);
        if (ch > 64 && ch < 91) return true;
        if (ch > 96 && ch < 123) return true;
        if (ch === 95) return true;
        if (ch > 126) return true;
        return false;
      },
      // reads each char of the label
      consume_LABEL() {
        while (this.offset < this.size) {
          const ch = this.input();
          if (!this.is_LABEL()) {
            if (ch) this.unput(1);
            break;
          }
        }
        return this;
      },
      // check if current char is a token char
      is_TOKEN() {
        const ch = this._input[this.offset - 1];
        return tokens.indexOf(ch) !== -1;
      },
      // check if current char is a whitespace
      is_WHITESPACE() {
        const ch = this._input[this.offset - 1];
        return ch === " " || ch === "	" || ch === "\n" || ch === "\r";
      },
      // check if current char is a whitespace (without newlines)
      is_TABSPACE() {
        const ch = this._input[this.offset - 1];
        return ch === " " || ch === "	";
      },
      // consume all whitespaces (excluding newlines)
      consume_TABSPACE() {
        while (this.offset < this.size) {
          const ch = this.input();
          if (!this.is_TABSPACE()) {
            if (ch) this.unput(1);
            break;
          }
        }
        return this;
      },
      // check if current char can be a hexadecimal number
      is_HEX() {
        const ch = this._input.charCodeAt(this.offset - 1);
        if (ch > 47 && ch < 58) return true;
        if (ch > 64 && ch < 71) return true;
        if (ch > 96 && ch < 103) return true;
        if (ch === 95) return true;
        return false;
      },
      // check if current char can be an octal number
      is_OCTAL() {
        const ch = this._input.charCodeAt(this.offset - 1);
        if (ch > 47 && ch < 56) return true;
        if (ch === 95) return true;
        return false;
      }
    };
  }
});

// node_modules/php-parser/src/lexer.js
var require_lexer = __commonJS({
  "node_modules/php-parser/src/lexer.js"(exports, module) {
    "use strict";
    var Lexer = function(engine) {
      this.engine = engine;
      this.tok = this.engine.tokens.names;
      this.EOF = 1;
      this.debug = false;
      this.all_tokens = true;
      this.comment_tokens = false;
      this.mode_eval = false;
      this.asp_tags = false;
      this.short_tags = false;
      this.version = 803;
      this.yyprevcol = 0;
      this.keywords = {
        __class__: this.tok.T_CLASS_C,
        __trait__: this.tok.T_TRAIT_C,
        __function__: this.tok.T_FUNC_C,
        __method__: this.tok.T_METHOD_C,
        __line__: this.tok.T_LINE,
        __file__: this.tok.T_FILE,
        __dir__: this.tok.T_DIR,
        __namespace__: this.tok.T_NS_C,
        exit: this.tok.T_EXIT,
        die: this.tok.T_EXIT,
        function: this.tok.T_FUNCTION,
        const: this.tok.T_CONST,
        return: this.tok.T_RETURN,
        try: this.tok.T_TRY,
        catch: this.tok.T_CATCH,
        finally: this.tok.T_FINALLY,
        throw: this.tok.T_THROW,
        if: this.tok.T_IF,
        elseif: this.tok.T_ELSEIF,
        endif: this.tok.T_ENDIF,
        else: this.tok.T_ELSE,
        while: this.tok.T_WHILE,
        endwhile: this.tok.T_ENDWHILE,
        do: this.tok.T_DO,
        for: this.tok.T_FOR,
        endfor: this.tok.T_ENDFOR,
        foreach: this.tok.T_FOREACH,
        endforeach: this.tok.T_ENDFOREACH,
        declare: this.tok.T_DECLARE,
        enddeclare: this.tok.T_ENDDECLARE,
        instanceof: this.tok.T_INSTANCEOF,
        as: this.tok.T_AS,
        switch: this.tok.T_SWITCH,
        endswitch: this.tok.T_ENDSWITCH,
        case: this.tok.T_CASE,
        default: this.tok.T_DEFAULT,
        break: this.tok.T_BREAK,
        continue: this.tok.T_CONTINUE,
        goto: this.tok.T_GOTO,
        echo: this.tok.T_ECHO,
        print: this.tok.T_PRINT,
        class: this.tok.T_CLASS,
        interface: this.tok.T_INTERFACE,
        trait: this.tok.T_TRAIT,
        enum: this.tok.T_ENUM,
        extends: this.tok.T_EXTENDS,
        implements: this.tok.T_IMPLEMENTS,
        new: this.tok.T_NEW,
        clone: this.tok.T_CLONE,
        var: this.tok.T_VAR,
        eval: this.tok.T_EVAL,
        include: this.tok.T_INCLUDE,
        include_once: this.tok.T_INCLUDE_ONCE,
        require: this.tok.T_REQUIRE,
        require_once: this.tok.T_REQUIRE_ONCE,
        namespace: this.tok.T_NAMESPACE,
        use: this.tok.T_USE,
        insteadof: this.tok.T_INSTEADOF,
        global: this.tok.T_GLOBAL,
        isset: this.tok.T_ISSET,
        empty: this.tok.T_EMPTY,
        __halt_compiler: this.tok.T_HALT_COMPILER,
        static: this.tok.T_STATIC,
        abstract: this.tok.T_ABSTRACT,
        final: this.tok.T_FINAL,
        private: this.tok.T_PRIVATE,
        protected: this.tok.T_PROTECTED,
        public: this.tok.T_PUBLIC,
        unset: this.tok.T_UNSET,
        list: this.tok.T_LIST,
        array: this.tok.T_ARRAY,
        callable: this.tok.T_CALLABLE,
        or: this.tok.T_LOGICAL_OR,
        and: this.tok.T_LOGICAL_AND,
        xor: this.tok.T_LOGICAL_XOR,
        match: this.tok.T_MATCH,
        readonly: this.tok.T_READ_ONLY
      };
      this.castKeywords = {
        int: this.tok.T_INT_CAST,
        integer: this.tok.T_INT_CAST,
        real: this.tok.T_DOUBLE_CAST,
        double: this.tok.T_DOUBLE_CAST,
        float: this.tok.T_DOUBLE_CAST,
        string: this.tok.T_STRING_CAST,
        binary: this.tok.T_STRING_CAST,
        array: this.tok.T_ARRAY_CAST,
        object: this.tok.T_OBJECT_CAST,
        bool: this.tok.T_BOOL_CAST,
        boolean: this.tok.T_BOOL_CAST,
        unset: this.tok.T_UNSET_CAST
      };
    };
    Lexer.prototype.setInput = function(input) {
      this._input = input;
      this.size = input.length;
      this.yylineno = 1;
      this.offset = 0;
      this.yyprevcol = 0;
      this.yytext = "";
      this.yylloc = {
        first_offset: 0,
        first_line: 1,
        first_column: 0,
        prev_offset: 0,
        prev_line: 1,
        prev_column: 0,
        last_line: 1,
        last_column: 0
      };
      this.tokens = [];
      if (this.version > 703) {
        this.keywords.fn = this.tok.T_FN;
      } else {
        delete this.keywords.fn;
      }
      this.done = this.offset >= this.size;
      if (!this.all_tokens && this.mode_eval) {
        this.conditionStack = ["INITIAL"];
        this.begin("ST_IN_SCRIPTING");
      } else {
        this.conditionStack = [];
        this.begin("INITIAL");
      }
      this.heredoc_label = {
        label: "",
        length: 0,
        indentation: 0,
        indentation_uses_spaces: false,
        finished: false,
        /*
         * this used for parser to detemine the if current node segment is first encaps node.
         * if ture, the indentation will remove from the begining. and if false, the prev node
         * might be a variable '}' ,and the leading spaces should not be removed util meet the
         * first \n
         */
        first_encaps_node: false,
        // for backward compatible
        /* istanbul ignore next */
        toString() {
          this.label;
        }
      };
      return this;
    };
    Lexer.prototype.input = function() {
      const ch = this._input[this.offset];
      if (!ch) return "";
      this.yytext += ch;
      this.offset++;
      if (ch === "\r" && this._input[this.offset] === "\n") {
        this.yytext += "\n";
        this.offset++;
      }
      if (ch === "\n" || ch === "\r") {
        this.yylloc.last_line = ++this.yylineno;
        this.yyprevcol = this.yylloc.last_column;
        this.yylloc.last_column = 0;
      } else {
        this.yylloc.last_column++;
      }
      return ch;
    };
    Lexer.prototype.unput = function(size) {
      if (size === 1) {
        this.offset--;
        if (this._input[this.offset] === "\n" && this._input[this.offset - 1] === "\r") {
          this.offset--;
          size++;
        }
        if (this._input[this.offset] === "\r" || this._input[this.offset] === "\n") {
          this.yylloc.last_line--;
          this.yylineno--;
          this.yylloc.last_column = this.yyprevcol;
        } else {
          this.yylloc.last_column--;
        }
        this.yytext = this.yytext.substring(0, this.yytext.length - size);
      } else if (size > 0) {
        this.offset -= size;
        if (size < this.yytext.length) {
          this.yytext = this.yytext.substring(0, this.yytext.length - size);
          this.yylloc.last_line = this.yylloc.first_line;
          this.yylloc.last_column = this.yyprevcol = this.yylloc.first_column;
          for (let i = 0; i < this.yytext.length; i++) {
            let c = this.yytext[i];
            if (c === "\r") {
              c = this.yytext[++i];
              this.yyprevcol = this.yylloc.last_column;
              this.yylloc.last_line++;
              this.yylloc.last_column = 0;
              if (c !== "\n") {
                if (c === "\r") {
                  this.yylloc.last_line++;
                } else {
                  this.yylloc.last_column++;
                }
              }
            } else if (c === "\n") {
              this.yyprevcol = this.yylloc.last_column;
              this.yylloc.last_line++;
              this.yylloc.last_column = 0;
            } else {
              this.yylloc.last_column++;
            }
          }
          this.yylineno = this.yylloc.last_line;
        } else {
          this.yytext = "";
          this.yylloc.last_line = this.yylineno = this.yylloc.first_line;
          this.yylloc.last_column = this.yylloc.first_column;
        }
      }
      return this;
    };
    Lexer.prototype.tryMatch = function(text) {
      return text === this.ahead(text.length);
    };
    Lexer.prototype.tryMatchCaseless = function(text) {
      return text === this.ahead(text.length).toLowerCase();
    };
    Lexer.prototype.ahead = function(size) {
      let text = this._input.substring(this.offset, this.offset + size);
      if (text[text.length - 1] === "\r" && this._input[this.offset + size + 1] === "\n") {
        text += "\n";
      }
      return text;
    };
    Lexer.prototype.consume = function(size) {
      for (let i = 0; i < size; i++) {
        const ch = this._input[this.offset];
        if (!ch) break;
        this.yytext += ch;
        this.offset++;
        if (ch === "\r" && this._input[this.offset] === "\n") {
          this.yytext += "\n";
          this.offset++;
          i++;
        }
        if (ch === "\n" || ch === "\r") {
          this.yylloc.last_line = ++this.yylineno;
          this.yyprevcol = this.yylloc.last_column;
          this.yylloc.last_column = 0;
        } else {
          this.yylloc.last_column++;
        }
      }
      return this;
    };
    Lexer.prototype.getState = function() {
      return {
        yytext: this.yytext,
        offset: this.offset,
        yylineno: this.yylineno,
        yyprevcol: this.yyprevcol,
        yylloc: {
          first_offset: this.yylloc.first_offset,
          first_line: this.yylloc.first_line,
          first_column: this.yylloc.first_column,
          last_line: this.yylloc.last_line,
          last_column: this.yylloc.last_column
        },
        heredoc_label: this.heredoc_label
      };
    };
    Lexer.prototype.setState = function(state) {
      this.yytext = state.yytext;
      this.offset = state.offset;
      this.yylineno = state.yylineno;
      this.yyprevcol = state.yyprevcol;
      this.yylloc = state.yylloc;
      if (state.heredoc_label) {
        this.heredoc_label = state.heredoc_label;
      }
      return this;
    };
    Lexer.prototype.appendToken = function(value, ahead) {
      this.tokens.push([value, ahead]);
      return this;
    };
    Lexer.prototype.lex = function() {
      this.yylloc.prev_offset = this.offset;
      this.yylloc.prev_line = this.yylloc.last_line;
      this.yylloc.prev_column = this.yylloc.last_column;
      let token = this.next() || this.lex();
      if (!this.all_tokens) {
        while (token === this.tok.T_WHITESPACE || // ignore white space
        !this.comment_tokens && (token === this.tok.T_COMMENT || // ignore single lines comments
        token === this.tok.T_DOC_COMMENT) || // ignore doc comments
        // ignore open tags
        token === this.tok.T_OPEN_TAG) {
          token = this.next() || this.lex();
        }
        if (token == this.tok.T_OPEN_TAG_WITH_ECHO) {
          return this.tok.T_ECHO;
        } else if (token === this.tok.T_CLOSE_TAG) {
          return ";";
        }
      }
      if (!this.yylloc.prev_offset) {
        this.yylloc.prev_offset = this.yylloc.first_offset;
        this.yylloc.prev_line = this.yylloc.first_line;
        this.yylloc.prev_column = this.yylloc.first_column;
      }
      return token;
    };
    Lexer.prototype.begin = function(condition) {
      this.conditionStack.push(condition);
      this.curCondition = condition;
      this.stateCb = this["match" + condition];
      if (typeof this.stateCb !== "function") {
        throw new Error('Undefined condition state "' + condition + '"');
      }
      return this;
    };
    Lexer.prototype.popState = function() {
      const n = this.conditionStack.length - 1;
      const condition = n > 0 ? this.conditionStack.pop() : this.conditionStack[0];
      this.curCondition = this.conditionStack[this.conditionStack.length - 1];
      this.stateCb = this["match" + this.curCondition];
      if (typeof this.stateCb !== "function") {
        throw new Error('Undefined condition state "' + this.curCondition + '"');
      }
      return condition;
    };
    Lexer.prototype.next = function() {
      let token;
      if (!this._input) {
        this.done = true;
      }
      this.yylloc.first_offset = this.offset;
      this.yylloc.first_line = this.yylloc.last_line;
      this.yylloc.first_column = this.yylloc.last_column;
      this.yytext = "";
      if (this.done) {
        this.yylloc.prev_offset = this.yylloc.first_offset;
        this.yylloc.prev_line = this.yylloc.first_line;
        this.yylloc.prev_column = this.yylloc.first_column;
        return this.EOF;
      }
      if (this.tokens.length > 0) {
        token = this.tokens.shift();
        if (typeof token[1] === "object") {
          this.setState(token[1]);
        } else {
          this.consume(token[1]);
        }
        token = token[0];
      } else {
        token = this.stateCb.apply(this, []);
      }
      if (this.offset >= this.size && this.tokens.length === 0) {
        this.done = true;
      }
      if (this.debug) {
        let tName = token;
        if (typeof tName === "number") {
          tName = this.engine.tokens.values[tName];
        } else {
          tName = '"' + tName + '"';
        }
        const e = new Error(
          tName + "	from " + this.yylloc.first_line + "," + this.yylloc.first_column + "	 - to " + this.yylloc.last_line + "," + this.yylloc.last_column + '	"' + this.yytext + '"'
        );
        console.error(e.stack);
      }
      return token;
    };
    [
      require_attribute(),
      require_comments(),
      require_initial(),
      require_numbers(),
      require_property(),
      require_scripting(),
      require_strings(),
      require_tokens(),
      require_utils()
    ].forEach(function(ext) {
      for (const k in ext) {
        Lexer.prototype[k] = ext[k];
      }
    });
    module.exports = Lexer;
  }
});

// node_modules/php-parser/src/ast/position.js
var require_position = __commonJS({
  "node_modules/php-parser/src/ast/position.js"(exports, module) {
    "use strict";
    var Position = function(line, column, offset) {
      this.line = line;
      this.column = column;
      this.offset = offset;
    };
    module.exports = Position;
  }
});

// node_modules/php-parser/src/parser/array.js
var require_array = __commonJS({
  "node_modules/php-parser/src/parser/array.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * Parse an array
       * ```ebnf
       * array ::= T_ARRAY '(' array_pair_list ')' |
       *   '[' array_pair_list ']'
       * ```
       */
      read_array() {
        let expect;
        let shortForm = false;
        const result = this.node("array");
        if (this.token === this.tok.T_ARRAY) {
          this.next().expect("(");
          expect = ")";
        } else {
          shortForm = true;
          expect = "]";
        }
        let items = [];
        if (this.next().token !== expect) {
          items = this.read_array_pair_list(shortForm);
        }
        this.expect(expect);
        this.next();
        return result(shortForm, items);
      },
      /*
       * Reads an array of items
       * ```ebnf
       * array_pair_list ::= array_pair (',' array_pair?)*
       * ```
       */
      read_array_pair_list(shortForm) {
        const self = this;
        return this.read_list(
          function() {
            return self.read_array_pair(shortForm);
          },
          ",",
          true
        );
      },
      /*
       * Reads an entry
       * array_pair:
       *  expr T_DOUBLE_ARROW expr
       *  | expr
       *  | expr T_DOUBLE_ARROW '&' variable
       *  | '&' variable
       *  | expr T_DOUBLE_ARROW T_LIST '(' array_pair_list ')'
       *  | T_LIST '(' array_pair_list ')'
       */
      read_array_pair(shortForm) {
        if (!shortForm && this.token === ")" || shortForm && this.token === "]") {
          return;
        }
        if (this.token === ",") {
          return this.node("noop")();
        }
        const entry = this.node("entry");
        let key = null;
        let value;
        let byRef = false;
        let unpack = false;
        if (this.token === "&") {
          this.next();
          byRef = true;
          value = this.read_variable(true, false);
        } else if (this.token === this.tok.T_ELLIPSIS && this.version >= 704) {
          this.next();
          if (this.token === "&") {
            this.error();
          }
          unpack = true;
          value = this.read_expr();
        } else {
          const expr = this.read_expr();
          if (this.token === this.tok.T_DOUBLE_ARROW) {
            this.next();
            key = expr;
            if (this.token === "&") {
              this.next();
              byRef = true;
              value = this.read_variable(true, false);
            } else {
              value = this.read_expr();
            }
          } else {
            value = expr;
          }
        }
        return entry(key, value, byRef, unpack);
      }
    };
  }
});

// node_modules/php-parser/src/parser/class.js
var require_class = __commonJS({
  "node_modules/php-parser/src/parser/class.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * reading a class
       * ```ebnf
       * class ::= class_scope? T_CLASS T_STRING (T_EXTENDS NAMESPACE_NAME)? (T_IMPLEMENTS (NAMESPACE_NAME ',')* NAMESPACE_NAME)? '{' CLASS_BODY '}'
       * ```
       */
      read_class_declaration_statement(attrs) {
        const result = this.node("class");
        const flag = this.read_class_modifiers();
        if (this.token !== this.tok.T_CLASS) {
          this.error(this.tok.T_CLASS);
          this.next();
          return null;
        }
        this.next().expect(this.tok.T_STRING);
        let propName = this.node("identifier");
        const name = this.text();
        this.next();
        propName = propName(name);
        const propExtends = this.read_extends_from();
        const propImplements = this.read_implements_list();
        this.expect("{");
        const body = this.next().read_class_body(true, false);
        const node = result(propName, propExtends, propImplements, body, flag);
        if (attrs) node.attrGroups = attrs;
        return node;
      },
      read_class_modifiers() {
        const modifier = this.read_class_modifier({
          readonly: 0,
          final_or_abstract: 0
        });
        return [0, 0, modifier.final_or_abstract, modifier.readonly];
      },
      read_class_modifier(memo) {
        if (this.token === this.tok.T_READ_ONLY) {
          this.next();
          memo.readonly = 1;
          memo = this.read_class_modifier(memo);
        } else if (memo.final_or_abstract === 0 && this.token === this.tok.T_ABSTRACT) {
          this.next();
          memo.final_or_abstract = 1;
          memo = this.read_class_modifier(memo);
        } else if (memo.final_or_abstract === 0 && this.token === this.tok.T_FINAL) {
          this.next();
          memo.final_or_abstract = 2;
          memo = this.read_class_modifier(memo);
        }
        return memo;
      },
      /*
       * Reads a class body
       * ```ebnf
       *   class_body ::= (member_flags? (T_VAR | T_STRING | T_FUNCTION))*
       * ```
       */
      read_class_body(allow_variables, allow_enum_cases) {
        let result = [];
        let attrs = [];
        while (this.token !== this.EOF && this.token !== "}") {
          if (this.token === this.tok.T_COMMENT) {
            result.push(this.read_comment());
            continue;
          }
          if (this.token === this.tok.T_DOC_COMMENT) {
            result.push(this.read_doc_comment());
            continue;
          }
          if (this.token === this.tok.T_USE) {
            result = result.concat(this.read_trait_use_statement());
            continue;
          }
          const locStart = this.position();
          if (this.token === this.tok.T_ATTRIBUTE) {
            attrs = this.read_attr_list();
          }
          if (allow_enum_cases && this.token === this.tok.T_CASE) {
            const enumcase = this.read_enum_case(attrs);
            attrs = [];
            if (this.expect(";")) {
              this.next();
            }
            result = result.concat(enumcase);
            continue;
          }
          const flags = this.read_member_flags(false);
          if (this.token === this.tok.T_CONST) {
            if (flags[0][1] !== -1) {
              this.raiseError("Cannot use asymmetric visibility on constants");
            }
            const constants4 = this.read_constant_list(flags, attrs, locStart);
            if (this.expect(";")) {
              this.next();
            }
            result = result.concat(constants4);
            continue;
          }
          if (allow_variables && this.token === this.tok.T_VAR) {
            this.next().expect(this.tok.T_VARIABLE);
            flags[0][0] = null;
            flags[1] = 0;
          }
          if (this.token === this.tok.T_FUNCTION) {
            result.push(this.read_function(false, flags, attrs, locStart));
            attrs = [];
          } else if (allow_variables && (this.token === this.tok.T_VARIABLE || this.version >= 801 && this.token === this.tok.T_READ_ONLY || // support https://wiki.php.net/rfc/typed_properties_v2
          this.version >= 704 && (this.token === "?" || this.token === this.tok.T_ARRAY || this.token === this.tok.T_CALLABLE || this.token === this.tok.T_NAMESPACE || this.token === this.tok.T_NAME_FULLY_QUALIFIED || this.token === this.tok.T_NAME_QUALIFIED || this.token === this.tok.T_NAME_RELATIVE || this.token === this.tok.T_NS_SEPARATOR || this.token === this.tok.T_STRING))) {
            const variables = this.read_variable_list(flags, attrs, locStart);
            attrs = [];
            result = result.concat(variables);
          } else {
            this.error([
              this.tok.T_CONST,
              ...allow_variables ? [this.tok.T_VARIABLE] : [],
              ...allow_enum_cases ? [this.tok.T_CASE] : [],
              this.tok.T_FUNCTION
            ]);
            this.next();
          }
        }
        this.expect("}");
        this.next();
        return result;
      },
      /*
       * Reads variable list
       * ```ebnf
       *  variable_list ::= (variable_declaration ',')* variable_declaration
       * ```
       */
      read_variable_list(flags, attrs, locStart) {
        let property_statement = this.node("propertystatement");
        const properties = this.read_list(
          /*
           * Reads a variable declaration
           *
           * ```ebnf
           *  variable_declaration ::= T_VARIABLE '=' scalar
           * ```
           */
          function read_variable_declaration() {
            const result = this.node("property");
            let readonly = flags[3] === 1;
            if (!readonly && this.token === this.tok.T_READ_ONLY) {
              readonly = true;
              this.next();
            }
            const [nullable, type] = this.read_optional_type();
            this.expect(this.tok.T_VARIABLE);
            let propName = this.node("identifier");
            const name = this.text().substring(1);
            this.next();
            propName = propName(name);
            let value = null;
            let property_hooks = [];
            this.expect([",", ";", "=", "{"]);
            if (this.token === "=") {
              value = this.next().read_expr();
            }
            if (this.token === "{") {
              property_hooks = this.read_property_hooks();
            } else {
              this.expect([";", ","]);
            }
            return result(
              propName,
              value,
              readonly,
              nullable,
              type,
              attrs || [],
              property_hooks
            );
          },
          ","
        );
        property_statement = property_statement(null, properties, flags);
        if (locStart && property_statement.loc) {
          property_statement.loc.start = locStart;
          if (property_statement.loc.source) {
            property_statement.loc.source = this.lexer._input.substr(
              property_statement.loc.start.offset,
              property_statement.loc.end.offset - property_statement.loc.start.offset
            );
          }
        }
        if (this.token === ";") {
          this.next();
        }
        return property_statement;
      },
      /*
       * Reads property hooks
       */
      read_property_hooks() {
        if (this.version < 804) {
          this.raiseError("Parse Error: Property hooks require PHP 8.4+");
        }
        this.expect("{");
        this.next();
        const hooks = [];
        while (this.token !== this.EOF && this.token !== "}") {
          hooks.push(this.read_property_hook());
        }
        this.expect("}");
        this.next();
        return hooks;
      },
      read_property_hook() {
        const property_hooks = this.node("propertyhook");
        let attrs = [];
        if (this.token === this.tok.T_ATTRIBUTE) {
          attrs = this.read_attr_list();
        }
        const is_final = this.token === this.tok.T_FINAL;
        if (is_final) this.next();
        const is_reference = this.token === "&";
        if (is_reference) this.next();
        const method_name = this.text();
        if (method_name !== "get" && method_name !== "set") {
          this.raiseError(
            "Parse Error: Property hooks must be either 'get' or 'set'"
          );
        }
        this.next();
        let parameter = null;
        let body = null;
        this.expect([this.tok.T_DOUBLE_ARROW, "{", "(", ";"]);
        if (this.token === ";") {
          this.next();
          return property_hooks(
            method_name,
            is_final,
            is_reference,
            parameter,
            body,
            attrs
          );
        }
        if (this.token === "(") {
          this.next();
          parameter = this.read_parameter(false);
          this.expect(")");
          this.next();
        }
        if (this.token === this.tok.T_DOUBLE_ARROW) {
          this.next();
          body = this.read_expr();
          this.next();
        } else if (this.token === "{") {
          body = this.read_code_block();
        }
        return property_hooks(
          method_name,
          is_final,
          is_reference,
          parameter,
          body,
          attrs
        );
      },
      /*
       * Reads constant list
       * ```ebnf
       *  constant_list ::= T_CONST [type] (constant_declaration ',')* constant_declaration
       * ```
       */
      read_constant_list(flags, attrs, locStart) {
        const result = this.node("classconstant");
        if (this.expect(this.tok.T_CONST)) {
          this.next();
        }
        if (flags[1] === 1 || flags[2] === 1 || flags[3] === 1) {
          this.error();
        }
        if (flags[2] === 2 && this.version < 801) {
          this.raiseError("Final class constants are not allowed before PHP 8.1");
        }
        const [nullable, type] = this.version >= 803 ? this.read_optional_type() : [false, null];
        const items = this.read_list(
          /*
           * Reads a constant declaration
           *
           * ```ebnf
           *  constant_declaration ::= (T_STRING | IDENTIFIER) '=' expr
           * ```
           * @return {Constant} [:link:](AST.md#constant)
           */
          function read_constant_declaration() {
            const result2 = this.node("constant");
            let constName = null;
            let value = null;
            if (this.token === this.tok.T_STRING || this.version >= 700 && this.is("IDENTIFIER")) {
              constName = this.node("identifier");
              const name = this.text();
              this.next();
              constName = constName(name);
            } else {
              this.expect("IDENTIFIER");
            }
            if (this.expect("=")) {
              value = this.next().read_expr();
            }
            return result2(constName, value);
          },
          ","
        );
        const node = result(null, items, flags, nullable, type, attrs || []);
        if (locStart && node.loc) {
          node.loc.start = locStart;
          if (node.loc.source) {
            node.loc.source = this.lexer._input.substr(
              node.loc.start.offset,
              node.loc.end.offset - node.loc.start.offset
            );
          }
        }
        return node;
      },
      /*
       * Read member flags
       * @return array
       *  1st index : [get, set] visibility tuple
       *    get/set: -1 => no visibility, 0 => public, 1 => protected, 2 => private
       *  2nd index : 0 => instance member, 1 => static member
       *  3rd index : 0 => normal, 1 => abstract member, 2 => final member
       *  4th index : 0 => no readonly, 1 => readonly
       */
      read_member_flags(asInterface) {
        const result = [[-1, -1], 0, 0, 0];
        const seen = /* @__PURE__ */ new Set();
        while (this.is("T_MEMBER_FLAGS")) {
          let idx = -1, val = -1;
          switch (this.token) {
            case this.tok.T_PUBLIC:
            case this.tok.T_PROTECTED:
            case this.tok.T_PRIVATE: {
              idx = 0;
              val = this.token === this.tok.T_PUBLIC ? 0 : this.token === this.tok.T_PROTECTED ? 1 : 2;
              if (asInterface && val === 2) {
                this.expect([this.tok.T_PUBLIC, this.tok.T_PROTECTED]);
                val = -1;
              }
              this.next();
              if (this.version >= 804 && this.token === "(") {
                if (result[0][0] === -1) {
                  result[0][0] = 0;
                }
                this.next();
                if (this.token !== this.tok.T_STRING || this.text() !== "set") {
                  this.error("set");
                } else {
                  this.next();
                }
                if (this.expect(")")) {
                  this.next();
                }
                if (seen.has("set")) {
                  this.error();
                } else if (val !== -1) {
                  seen.add("set");
                  result[0][1] = val;
                }
                continue;
              }
              if (seen.has(idx)) {
                this.error();
              } else if (val !== -1) {
                seen.add(idx);
                result[0][0] = val;
              }
              continue;
            }
            case this.tok.T_STATIC:
              idx = 1;
              val = 1;
              break;
            case this.tok.T_ABSTRACT:
              idx = 2;
              val = 1;
              break;
            case this.tok.T_FINAL:
              idx = 2;
              val = 2;
              break;
            case this.tok.T_READ_ONLY:
              idx = 3;
              val = 1;
              break;
          }
          if (asInterface && idx === 2 && val === 1) {
            this.error();
            val = -1;
          }
          if (seen.has(idx)) {
            this.error();
          } else if (val !== -1) {
            seen.add(idx);
            result[idx] = val;
          }
          this.next();
        }
        return result;
      },
      /*
       * optional_type:
       *	  /- empty -/	{ $$ = NULL; }
       *   |	type_expr	{ $$ = $1; }
       * ;
       *
       * type_expr:
       *		type		{ $$ = $1; }
       *	|	'?' type	{ $$ = $2; $$->attr |= ZEND_TYPE_NULLABLE; }
       *	|	union_type	{ $$ = $1; }
       * ;
       *
       * type:
       * 		T_ARRAY		{ $$ = zend_ast_create_ex(ZEND_AST_TYPE, IS_ARRAY); }
       * 	|	T_CALLABLE	{ $$ = zend_ast_create_ex(ZEND_AST_TYPE, IS_CALLABLE); }
       * 	|	name		{ $$ = $1; }
       * ;
       *
       * union_type:
       * 		type '|' type       { $$ = zend_ast_create_list(2, ZEND_AST_TYPE_UNION, $1, $3); }
       * 	|	union_type '|' type { $$ = zend_ast_list_add($1, $3); }
       * ;
       */
      read_optional_type() {
        const nullable = this.token === "?";
        if (nullable) {
          this.next();
        }
        if (this.peekSkipComments() === "=") {
          return [false, null];
        }
        let type = this.read_types();
        if (nullable && !type) {
          this.raiseError(
            "Expecting a type definition combined with nullable operator"
          );
        }
        if (!nullable && !type) {
          return [false, null];
        }
        if (this.token === "|") {
          type = [type];
          do {
            this.next();
            const variant = this.read_type();
            if (!variant) {
              this.raiseError("Expecting a type definition");
              break;
            }
            type.push(variant);
          } while (this.token === "|");
        }
        return [nullable, type];
      },
      peekSkipComments() {
        const lexerState = this.lexer.getState();
        let nextToken;
        do {
          nextToken = this.lexer.lex();
        } while (nextToken === this.tok.T_COMMENT || nextToken === this.tok.T_WHITESPACE);
        this.lexer.setState(lexerState);
        return nextToken;
      },
      /*
       * reading an interface
       * ```ebnf
       * interface ::= T_INTERFACE T_STRING (T_EXTENDS (NAMESPACE_NAME ',')* NAMESPACE_NAME)? '{' INTERFACE_BODY '}'
       * ```
       */
      read_interface_declaration_statement(attrs) {
        const result = this.node("interface");
        if (this.token !== this.tok.T_INTERFACE) {
          this.error(this.tok.T_INTERFACE);
          this.next();
          return null;
        }
        this.next().expect(this.tok.T_STRING);
        let propName = this.node("identifier");
        const name = this.text();
        this.next();
        propName = propName(name);
        const propExtends = this.read_interface_extends_list();
        this.expect("{");
        const body = this.next().read_interface_body();
        return result(propName, propExtends, body, attrs || []);
      },
      /*
       * Reads an interface body
       * ```ebnf
       *   interface_body ::= (member_flags? (T_CONST | T_FUNCTION))*
       * ```
       */
      read_interface_body() {
        let result = [];
        let attrs;
        while (this.token !== this.EOF && this.token !== "}") {
          if (this.token === this.tok.T_COMMENT) {
            result.push(this.read_comment());
            continue;
          }
          if (this.token === this.tok.T_DOC_COMMENT) {
            result.push(this.read_doc_comment());
            continue;
          }
          const locStart = this.position();
          attrs = [];
          if (this.token === this.tok.T_ATTRIBUTE) {
            attrs = this.read_attr_list();
          }
          const flags = this.read_member_flags(true);
          if (this.token === this.tok.T_CONST) {
            if (flags[0][1] !== -1) {
              this.raiseError("Cannot use asymmetric visibility on constants");
            }
            const constants4 = this.read_constant_list(flags, attrs, locStart);
            if (this.expect(";")) {
              this.next();
            }
            result = result.concat(constants4);
          } else if (this.token === this.tok.T_FUNCTION) {
            const method = this.read_function_declaration(
              2,
              flags,
              attrs,
              locStart
            );
            method.parseFlags(flags);
            result.push(method);
            if (this.expect(";")) {
              this.next();
            }
          } else if (this.token === this.tok.T_STRING) {
            result.push(this.read_variable_list(flags, attrs, locStart));
          } else {
            this.error([this.tok.T_CONST, this.tok.T_FUNCTION, this.tok.T_STRING]);
            this.next();
          }
        }
        if (this.expect("}")) {
          this.next();
        }
        return result;
      },
      /*
       * reading a trait
       * ```ebnf
       * trait ::= T_TRAIT T_STRING (T_EXTENDS (NAMESPACE_NAME ',')* NAMESPACE_NAME)? '{' FUNCTION* '}'
       * ```
       */
      read_trait_declaration_statement(attrs) {
        const result = this.node("trait");
        if (this.token !== this.tok.T_TRAIT) {
          this.error(this.tok.T_TRAIT);
          this.next();
          return null;
        }
        this.next().expect(this.tok.T_STRING);
        let propName = this.node("identifier");
        const name = this.text();
        this.next();
        propName = propName(name);
        this.expect("{");
        const body = this.next().read_class_body(true, false);
        const node = result(propName, body);
        if (attrs) node.attrGroups = attrs;
        return node;
      },
      /*
       * reading a use statement
       * ```ebnf
       * trait_use_statement ::= namespace_name (',' namespace_name)* ('{' trait_use_alias '}')?
       * ```
       */
      read_trait_use_statement() {
        const node = this.node("traituse");
        this.expect(this.tok.T_USE) && this.next();
        const traits = [this.read_namespace_name()];
        let adaptations = null;
        while (this.token === ",") {
          traits.push(this.next().read_namespace_name());
        }
        if (this.token === "{") {
          adaptations = [];
          while (this.next().token !== this.EOF) {
            if (this.token === "}") break;
            adaptations.push(this.read_trait_use_alias());
            this.expect(";");
          }
          if (this.expect("}")) {
            this.next();
          }
        } else {
          if (this.expect(";")) {
            this.next();
          }
        }
        return node(traits, adaptations);
      },
      /*
       * Reading trait alias
       * ```ebnf
       * trait_use_alias ::= namespace_name ( T_DOUBLE_COLON T_STRING )? (T_INSTEADOF namespace_name) | (T_AS member_flags? T_STRING)
       * ```
       * name list : https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L303
       * trait adaptation : https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L742
       */
      read_trait_use_alias() {
        const node = this.node();
        let trait = null;
        let method;
        if (this.is("IDENTIFIER")) {
          method = this.node("identifier");
          const methodName = this.text();
          this.next();
          method = method(methodName);
        } else {
          method = this.read_namespace_name();
          if (this.token === this.tok.T_DOUBLE_COLON) {
            this.next();
            if (this.token === this.tok.T_STRING || this.version >= 700 && this.is("IDENTIFIER")) {
              trait = method;
              method = this.node("identifier");
              const methodName = this.text();
              this.next();
              method = method(methodName);
            } else {
              this.expect(this.tok.T_STRING);
            }
          } else {
            method = method.name;
          }
        }
        if (this.token === this.tok.T_INSTEADOF) {
          return node(
            "traitprecedence",
            trait,
            method,
            this.next().read_name_list()
          );
        } else if (this.token === this.tok.T_AS) {
          let flags = null;
          let alias = null;
          if (this.next().is("T_MEMBER_FLAGS")) {
            flags = this.read_member_flags();
          }
          if (this.token === this.tok.T_STRING || this.version >= 700 && this.is("IDENTIFIER")) {
            alias = this.node("identifier");
            const name = this.text();
            this.next();
            alias = alias(name);
          } else if (flags === null) {
            this.expect(this.tok.T_STRING);
          }
          return node("traitalias", trait, method, alias, flags);
        }
        this.expect([this.tok.T_AS, this.tok.T_INSTEADOF]);
        return node("traitalias", trait, method, null, null);
      }
    };
  }
});

// node_modules/php-parser/src/parser/comment.js
var require_comment = __commonJS({
  "node_modules/php-parser/src/parser/comment.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       *  Comments with // or # or / * ... * /
       */
      read_comment() {
        const text = this.text();
        let result = this.ast.prepare(
          text.substring(0, 2) === "/*" ? "commentblock" : "commentline",
          null,
          this
        );
        const offset = this.lexer.yylloc.first_offset;
        const prev = this.prev;
        this.prev = [
          this.lexer.yylloc.last_line,
          this.lexer.yylloc.last_column,
          this.lexer.offset
        ];
        this.lex();
        result = result(text);
        result.offset = offset;
        this.prev = prev;
        return result;
      },
      /*
       * Comments with / ** ... * /
       */
      read_doc_comment() {
        let result = this.ast.prepare("commentblock", null, this);
        const offset = this.lexer.yylloc.first_offset;
        const text = this.text();
        const prev = this.prev;
        this.prev = [
          this.lexer.yylloc.last_line,
          this.lexer.yylloc.last_column,
          this.lexer.offset
        ];
        this.lex();
        result = result(text);
        result.offset = offset;
        this.prev = prev;
        return result;
      }
    };
  }
});

// node_modules/php-parser/src/parser/expr.js
var require_expr = __commonJS({
  "node_modules/php-parser/src/parser/expr.js"(exports, module) {
    "use strict";
    module.exports = {
      read_expr(expr) {
        const result = this.node();
        if (this.token === "@") {
          if (!expr) {
            expr = this.next().read_expr();
          }
          return result("silent", expr);
        }
        if (!expr) {
          expr = this.read_expr_item();
        }
        if (this.token === "|") {
          return result("bin", "|", expr, this.next().read_expr());
        }
        if (this.token === "&") {
          return result("bin", "&", expr, this.next().read_expr());
        }
        if (this.token === "^") {
          return result("bin", "^", expr, this.next().read_expr());
        }
        if (this.token === ".") {
          return result("bin", ".", expr, this.next().read_expr());
        }
        if (this.token === "+") {
          return result("bin", "+", expr, this.next().read_expr());
        }
        if (this.token === "-") {
          return result("bin", "-", expr, this.next().read_expr());
        }
        if (this.token === "*") {
          return result("bin", "*", expr, this.next().read_expr());
        }
        if (this.token === "/") {
          return result("bin", "/", expr, this.next().read_expr());
        }
        if (this.token === "%") {
          return result("bin", "%", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_POW) {
          return result("bin", "**", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_SL) {
          return result("bin", "<<", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_SR) {
          return result("bin", ">>", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_BOOLEAN_OR) {
          return result("bin", "||", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_LOGICAL_OR) {
          return result("bin", "or", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_BOOLEAN_AND) {
          return result("bin", "&&", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_LOGICAL_AND) {
          return result("bin", "and", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_LOGICAL_XOR) {
          return result("bin", "xor", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_IS_IDENTICAL) {
          return result("bin", "===", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_IS_NOT_IDENTICAL) {
          return result("bin", "!==", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_IS_EQUAL) {
          return result("bin", "==", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_IS_NOT_EQUAL) {
          return result("bin", "!=", expr, this.next().read_expr());
        }
        if (this.token === "<") {
          return result("bin", "<", expr, this.next().read_expr());
        }
        if (this.token === ">") {
          return result("bin", ">", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_IS_SMALLER_OR_EQUAL) {
          return result("bin", "<=", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_IS_GREATER_OR_EQUAL) {
          return result("bin", ">=", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_SPACESHIP) {
          return result("bin", "<=>", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_INSTANCEOF) {
          expr = result(
            "bin",
            "instanceof",
            expr,
            this.next().read_class_name_reference()
          );
          if (this.token !== ";" && this.token !== this.tok.T_INLINE_HTML && this.token !== this.EOF) {
            expr = this.read_expr(expr);
          }
        }
        if (this.token === this.tok.T_NULLSAFE_OBJECT_OPERATOR) {
          expr = result("nullsafepropertylookup", expr, this.read_what());
          expr = this.recursive_variable_chain_scan(expr, false, true);
        }
        if (this.token === this.tok.T_COALESCE) {
          return result("bin", "??", expr, this.next().read_expr());
        }
        if (this.token === this.tok.T_PIPE) {
          if (this.version < 805) {
            this.raiseError("PHP 8.5+ is required to use pipe operator");
          }
          const right = this.next().read_expr();
          if (right.kind === "arrowfunc" && !right.parenthesizedExpression) {
            this.raiseError(
              "Arrow functions in a pipe chain must be wrapped in parentheses"
            );
          }
          return result("bin", "|>", expr, right);
        }
        if (this.token === "?") {
          let trueArg = null;
          if (this.next().token !== ":") {
            trueArg = this.read_expr();
          }
          this.expect(":") && this.next();
          return result("retif", expr, trueArg, this.read_expr());
        } else {
          result.destroy(expr);
        }
        return expr;
      },
      /*
       * Reads a cast expression
       */
      read_expr_cast(type) {
        return this.node("cast")(type, this.text(), this.next().read_expr());
      },
      /*
       * Read a isset variable
       */
      read_isset_variable() {
        return this.read_expr();
      },
      /*
       * Reads isset variables
       */
      read_isset_variables() {
        return this.read_function_list(this.read_isset_variable, ",");
      },
      /*
       * Reads internal PHP functions
       */
      read_internal_functions_in_yacc() {
        let result = null;
        switch (this.token) {
          case this.tok.T_ISSET:
            {
              result = this.node("isset");
              if (this.next().expect("(")) {
                this.next();
              }
              const variables = this.read_isset_variables();
              if (this.expect(")")) {
                this.next();
              }
              result = result(variables);
            }
            break;
          case this.tok.T_EMPTY:
            {
              result = this.node("empty");
              if (this.next().expect("(")) {
                this.next();
              }
              const expression = this.read_expr();
              if (this.expect(")")) {
                this.next();
              }
              result = result(expression);
            }
            break;
          case this.tok.T_INCLUDE:
            result = this.node("include")(false, false, this.next().read_expr());
            break;
          case this.tok.T_INCLUDE_ONCE:
            result = this.node("include")(true, false, this.next().read_expr());
            break;
          case this.tok.T_EVAL:
            {
              result = this.node("eval");
              if (this.next().expect("(")) {
                this.next();
              }
              const expr = this.read_expr();
              if (this.expect(")")) {
                this.next();
              }
              result = result(expr);
            }
            break;
          case this.tok.T_REQUIRE:
            result = this.node("include")(false, true, this.next().read_expr());
            break;
          case this.tok.T_REQUIRE_ONCE:
            result = this.node("include")(true, true, this.next().read_expr());
            break;
        }
        return result;
      },
      /*
       * Reads optional expression
       */
      read_optional_expr(stopToken) {
        if (this.token !== stopToken) {
          return this.read_expr();
        }
        return null;
      },
      /*
       * Reads exit expression
       */
      read_exit_expr() {
        let expression = null;
        if (this.token === "(") {
          this.next();
          expression = this.read_optional_expr(")");
          this.expect(")") && this.next();
        }
        return expression;
      },
      /*
       * ```ebnf
       * Reads an expression
       *  expr ::= @todo
       * ```
       */
      read_expr_item() {
        let result, expr, attrs = [];
        if (this.token === "+") {
          return this.node("unary")("+", this.next().read_expr());
        }
        if (this.token === "-") {
          return this.node("unary")("-", this.next().read_expr());
        }
        if (this.token === "!") {
          return this.node("unary")("!", this.next().read_expr());
        }
        if (this.token === "~") {
          return this.node("unary")("~", this.next().read_expr());
        }
        if (this.token === "(") {
          expr = this.next().read_expr();
          expr.parenthesizedExpression = true;
          this.expect(")") && this.next();
          return this.handleDereferencable(expr);
        }
        if (this.token === "`") {
          return this.read_encapsed_string("`");
        }
        if (this.token === this.tok.T_LIST) {
          let assign = null;
          const isInner = this.innerList;
          result = this.node("list");
          if (!isInner) {
            assign = this.node("assign");
          }
          if (this.next().expect("(")) {
            this.next();
          }
          if (!this.innerList) this.innerList = true;
          const assignList = this.read_array_pair_list(false);
          if (this.expect(")")) {
            this.next();
          }
          let hasItem = false;
          for (let i = 0; i < assignList.length; i++) {
            if (assignList[i] !== null && assignList[i].kind !== "noop") {
              hasItem = true;
              break;
            }
          }
          if (!hasItem) {
            this.raiseError(
              "Fatal Error :  Cannot use empty list on line " + this.lexer.yylloc.first_line
            );
          }
          if (!isInner) {
            this.innerList = false;
            if (this.expect("=")) {
              return assign(
                result(assignList, false),
                this.next().read_expr(),
                "="
              );
            } else {
              return result(assignList, false);
            }
          } else {
            return result(assignList, false);
          }
        }
        if (this.token === this.tok.T_ATTRIBUTE) {
          attrs = this.read_attr_list();
        }
        if (this.token === this.tok.T_CLONE) {
          const node = this.node("clone");
          this.next();
          if (this.version >= 805 && this.token === "(") {
            this.next();
            let what2 = this.read_variable(false, false);
            what2 = this.handleDereferencable(what2);
            let properties = null;
            if (this.token === ",") {
              properties = this.next().read_expr();
            }
            this.expect(")") && this.next();
            return node(what2, properties);
          }
          let what = this.read_variable(false, false);
          what = this.handleDereferencable(what);
          return node(what, null);
        }
        switch (this.token) {
          case this.tok.T_INC:
            return this.node("pre")("+", this.next().read_variable(false, false));
          case this.tok.T_DEC:
            return this.node("pre")("-", this.next().read_variable(false, false));
          case this.tok.T_NEW:
            expr = this.read_new_expr();
            if (this.token === this.tok.T_OBJECT_OPERATOR && this.version < 804) {
              this.raiseError(
                "New without parenthesis is not allowed before PHP 8.4"
              );
            }
            return this.handleDereferencable(expr);
          case this.tok.T_ISSET:
          case this.tok.T_EMPTY:
          case this.tok.T_INCLUDE:
          case this.tok.T_INCLUDE_ONCE:
          case this.tok.T_EVAL:
          case this.tok.T_REQUIRE:
          case this.tok.T_REQUIRE_ONCE:
            return this.read_internal_functions_in_yacc();
          case this.tok.T_MATCH:
            return this.read_match_expression();
          case this.tok.T_INT_CAST:
            return this.read_expr_cast("int");
          case this.tok.T_DOUBLE_CAST:
            return this.read_expr_cast("float");
          case this.tok.T_STRING_CAST:
            return this.read_expr_cast(
              this.text().indexOf("binary") !== -1 ? "binary" : "string"
            );
          case this.tok.T_ARRAY_CAST:
            return this.read_expr_cast("array");
          case this.tok.T_OBJECT_CAST:
            return this.read_expr_cast("object");
          case this.tok.T_BOOL_CAST:
            return this.read_expr_cast("bool");
          case this.tok.T_UNSET_CAST:
            return this.read_expr_cast("unset");
          case this.tok.T_THROW: {
            if (this.version < 800) {
              this.raiseError("PHP 8+ is required to use throw as an expression");
            }
            const result2 = this.node("throw");
            const expr2 = this.next().read_expr();
            return result2(expr2);
          }
          case this.tok.T_EXIT: {
            const useDie = this.lexer.yytext.toLowerCase() === "die";
            result = this.node("exit");
            this.next();
            const expression = this.read_exit_expr();
            return result(expression, useDie);
          }
          case this.tok.T_PRINT:
            return this.node("print")(this.next().read_expr());
          // T_YIELD (expr (T_DOUBLE_ARROW expr)?)?
          case this.tok.T_YIELD: {
            let value = null;
            let key = null;
            result = this.node("yield");
            if (this.next().is("EXPR")) {
              value = this.read_expr();
              if (this.token === this.tok.T_DOUBLE_ARROW) {
                key = value;
                value = this.next().read_expr();
              }
            }
            return result(value, key);
          }
          // T_YIELD_FROM expr
          case this.tok.T_YIELD_FROM:
            result = this.node("yieldfrom");
            expr = this.next().read_expr();
            return result(expr);
          case this.tok.T_FN:
          case this.tok.T_FUNCTION:
            return this.read_inline_function(void 0, attrs);
          case this.tok.T_STATIC: {
            const backup = [this.token, this.lexer.getState()];
            this.next();
            if (this.token === this.tok.T_FUNCTION || this.version >= 704 && this.token === this.tok.T_FN) {
              return this.read_inline_function([0, 1, 0], attrs);
            } else {
              this.lexer.tokens.push(backup);
              this.next();
            }
          }
        }
        if (this.is("VARIABLE")) {
          result = this.node();
          expr = this.read_variable(false, false);
          const isConst = expr.kind === "identifier" || expr.kind === "staticlookup" && expr.offset.kind === "identifier";
          switch (this.token) {
            case "=": {
              if (isConst) this.error("VARIABLE");
              if (this.next().token == "&") {
                return this.read_assignref(result, expr);
              }
              return result("assign", expr, this.read_expr(), "=");
            }
            // operations :
            case this.tok.T_PLUS_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "+=");
            case this.tok.T_MINUS_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "-=");
            case this.tok.T_MUL_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "*=");
            case this.tok.T_POW_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "**=");
            case this.tok.T_DIV_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "/=");
            case this.tok.T_CONCAT_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), ".=");
            case this.tok.T_MOD_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "%=");
            case this.tok.T_AND_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "&=");
            case this.tok.T_OR_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "|=");
            case this.tok.T_XOR_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "^=");
            case this.tok.T_SL_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "<<=");
            case this.tok.T_SR_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), ">>=");
            case this.tok.T_COALESCE_EQUAL:
              if (isConst) this.error("VARIABLE");
              return result("assign", expr, this.next().read_expr(), "??=");
            case this.tok.T_INC:
              if (isConst) this.error("VARIABLE");
              this.next();
              return result("post", "+", expr);
            case this.tok.T_DEC:
              if (isConst) this.error("VARIABLE");
              this.next();
              return result("post", "-", expr);
            default:
              result.destroy(expr);
          }
        } else if (this.is("SCALAR")) {
          result = this.node();
          expr = this.read_scalar();
          if (expr.kind === "array" && expr.shortForm && this.token === "=") {
            const list = this.convertToList(expr);
            if (expr.loc) list.loc = expr.loc;
            const right = this.next().read_expr();
            return result("assign", list, right, "=");
          } else {
            result.destroy(expr);
          }
          return this.handleDereferencable(expr);
        } else {
          this.error("EXPR");
          this.next();
        }
        return expr;
      },
      /*
       * Recursively convert nested array to nested list.
       */
      convertToList(array) {
        const convertedItems = array.items.map((entry) => {
          if (entry.value && entry.value.kind === "array" && entry.value.shortForm) {
            entry.value = this.convertToList(entry.value);
          }
          return entry;
        });
        const node = this.node("list")(convertedItems, true);
        if (array.loc) node.loc = array.loc;
        if (array.leadingComments) node.leadingComments = array.leadingComments;
        if (array.trailingComments) node.trailingComments = array.trailingComments;
        return node;
      },
      /*
       * Reads assignment
       * @param {*} left
       */
      read_assignref(result, left) {
        this.next();
        let right;
        if (this.token === this.tok.T_NEW) {
          if (this.version >= 700) {
            this.error();
          }
          right = this.read_new_expr();
        } else if (this.token === "(") {
          right = this.next().read_expr();
          this.expect(")") && this.next();
          right = this.recursive_variable_chain_scan(right, false, false);
        } else {
          right = this.read_variable(false, false);
        }
        return result("assignref", left, right);
      },
      /*
       *
       * inline_function:
       * 		function returns_ref backup_doc_comment '(' parameter_list ')' lexical_vars return_type
       * 		backup_fn_flags '{' inner_statement_list '}' backup_fn_flags
       * 			{ $$ = zend_ast_create_decl(ZEND_AST_CLOSURE, $2 | $13, $1, $3,
       * 				  zend_string_init("{closure}", sizeof("{closure}") - 1, 0),
       * 				  $5, $7, $11, $8); CG(extra_fn_flags) = $9; }
       * 	|	fn returns_ref '(' parameter_list ')' return_type backup_doc_comment T_DOUBLE_ARROW backup_fn_flags backup_lex_pos expr backup_fn_flags
       * 			{ $$ = zend_ast_create_decl(ZEND_AST_ARROW_FUNC, $2 | $12, $1, $7,
       * 				  zend_string_init("{closure}", sizeof("{closure}") - 1, 0), $4, NULL,
       * 				  zend_ast_create(ZEND_AST_RETURN, $11), $6);
       * 				  ((zend_ast_decl *) $$)->lex_pos = $10;
       * 				  CG(extra_fn_flags) = $9; }   *
       */
      read_inline_function(flags, attrs) {
        if (this.token === this.tok.T_FUNCTION) {
          const result2 = this.read_function(true, flags, attrs);
          result2.attrGroups = attrs;
          return result2;
        }
        if (this.version < 704) {
          this.raiseError("Arrow Functions are not allowed");
        }
        const node = this.node("arrowfunc");
        if (this.expect(this.tok.T_FN)) this.next();
        const isRef = this.is_reference();
        if (this.expect("(")) this.next();
        const params = this.read_parameter_list();
        if (this.expect(")")) this.next();
        let nullable = false;
        let returnType = null;
        if (this.token === ":") {
          if (this.next().token === "?") {
            nullable = true;
            this.next();
          }
          returnType = this.read_types();
        }
        if (this.expect(this.tok.T_DOUBLE_ARROW)) this.next();
        const body = this.read_expr();
        const result = node(
          params,
          isRef,
          body,
          returnType,
          nullable,
          flags ? true : false
        );
        result.attrGroups = attrs;
        return result;
      },
      read_match_expression() {
        const node = this.node("match");
        this.expect(this.tok.T_MATCH) && this.next();
        if (this.version < 800) {
          this.raiseError("Match statements are not allowed before PHP 8");
        }
        if (this.expect("(")) this.next();
        const cond = this.read_expr();
        if (this.expect(")")) this.next();
        if (this.expect("{")) this.next();
        const arms = this.read_match_arms();
        if (this.expect("}")) this.next();
        return node(cond, arms);
      },
      read_match_arms() {
        return this.read_list(() => this.read_match_arm(), ",", true);
      },
      read_match_arm() {
        if (this.token === "}") {
          return;
        }
        return this.node("matcharm")(this.read_match_arm_conds(), this.read_expr());
      },
      read_match_arm_conds() {
        let conds = [];
        if (this.token === this.tok.T_DEFAULT) {
          conds = null;
          this.next();
        } else {
          conds.push(this.read_expr());
          while (this.token === ",") {
            this.next();
            if (this.token === this.tok.T_DOUBLE_ARROW) {
              this.next();
              return conds;
            }
            conds.push(this.read_expr());
          }
        }
        if (this.expect(this.tok.T_DOUBLE_ARROW)) {
          this.next();
        }
        return conds;
      },
      read_attribute() {
        const node = this.node("attribute");
        const name = this.text();
        let args = [];
        this.next();
        if (this.token === "(") {
          args = this.read_argument_list();
        }
        return node(name, args);
      },
      read_attr_list() {
        const list = [];
        if (this.token === this.tok.T_ATTRIBUTE) {
          do {
            const node = this.node("attrgroup");
            this.next();
            const attrs = [this.read_attribute()];
            while (this.token === ",") {
              this.next();
              if (this.token !== "]") attrs.push(this.read_attribute());
            }
            this.expect("]");
            this.next();
            list.push(node(attrs));
          } while (this.token === this.tok.T_ATTRIBUTE);
        }
        return list;
      },
      /*
       * ```ebnf
       *    new_expr ::= T_NEW (namespace_name function_argument_list) | (T_CLASS ... class declaration)
       * ```
       * https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L850
       */
      read_new_expr() {
        const result = this.node("new");
        this.expect(this.tok.T_NEW) && this.next();
        let args = [];
        if (this.token === "(") {
          this.next();
          const newExp = this.read_expr();
          this.expect(")");
          this.next();
          if (this.token === "(") {
            args = this.read_argument_list();
          }
          return result(newExp, args);
        }
        const attrs = this.read_attr_list();
        const isReadonly = this.token === this.tok.T_READ_ONLY;
        if (isReadonly) {
          if (this.version < 803) {
            this.raiseError(
              "Anonymous readonly classes are not allowed before PHP 8.3"
            );
          }
          this.next();
        }
        if (this.token === this.tok.T_CLASS) {
          const what = this.node("class");
          if (this.next().token === "(") {
            args = this.read_argument_list();
          }
          const propExtends = this.read_extends_from();
          const propImplements = this.read_implements_list();
          let body = null;
          if (this.expect("{")) {
            body = this.next().read_class_body(true, false);
          }
          const whatNode = what(null, propExtends, propImplements, body, [
            0,
            0,
            0,
            isReadonly ? 1 : 0
          ]);
          whatNode.attrGroups = attrs;
          return result(whatNode, args);
        }
        let name = this.read_new_class_name();
        while (this.token === "[") {
          const offsetNode = this.node("offsetlookup");
          const offset = this.next().read_encaps_var_offset();
          this.expect("]") && this.next();
          name = offsetNode(name, offset);
        }
        if (this.token === "(") {
          args = this.read_argument_list();
        }
        return result(name, args);
      },
      /*
       * Reads a class name
       * ```ebnf
       * read_new_class_name ::= namespace_name | variable
       * ```
       */
      read_new_class_name() {
        if (this.token === this.tok.T_NS_SEPARATOR || this.token === this.tok.T_NAME_RELATIVE || this.token === this.tok.T_NAME_QUALIFIED || this.token === this.tok.T_NAME_FULLY_QUALIFIED || this.token === this.tok.T_STRING || this.token === this.tok.T_NAMESPACE) {
          let result = this.read_namespace_name(true);
          if (this.token === this.tok.T_DOUBLE_COLON) {
            result = this.read_static_getter(result);
            return this.recursive_variable_chain_scan(result, true, false);
          }
          return result;
        } else if (this.is("VARIABLE")) {
          return this.read_variable(true, false);
        } else {
          this.expect([this.tok.T_STRING, "VARIABLE"]);
        }
      },
      handleDereferencable(expr) {
        while (this.token !== this.EOF) {
          if (this.token === this.tok.T_OBJECT_OPERATOR || this.token === this.tok.T_DOUBLE_COLON || this.token === this.tok.T_NULLSAFE_OBJECT_OPERATOR) {
            expr = this.recursive_variable_chain_scan(expr, false, false, true);
          } else if (this.token === this.tok.T_CURLY_OPEN || this.token === "[") {
            expr = this.read_dereferencable(expr);
          } else if (this.token === "(") {
            expr = this.node("call")(expr, this.read_argument_list());
          } else {
            return expr;
          }
        }
        return expr;
      }
    };
  }
});

// node_modules/php-parser/src/parser/enum.js
var require_enum = __commonJS({
  "node_modules/php-parser/src/parser/enum.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * reading an enum
       * ```ebnf
       * enum ::= enum_scope? T_ENUM T_STRING (':' NAMESPACE_NAME)? (T_IMPLEMENTS (NAMESPACE_NAME ',')* NAMESPACE_NAME)? '{' ENUM_BODY '}'
       * ```
       */
      read_enum_declaration_statement(attrs) {
        const result = this.node("enum");
        if (!this.expect(this.tok.T_ENUM)) {
          return null;
        }
        this.next().expect(this.tok.T_STRING);
        let propName = this.node("identifier");
        const name = this.text();
        this.next();
        propName = propName(name);
        const valueType = this.read_enum_value_type();
        const propImplements = this.read_implements_list();
        this.expect("{");
        const body = this.next().read_class_body(false, true);
        const node = result(propName, valueType, propImplements, body);
        if (attrs) node.attrGroups = attrs;
        return node;
      },
      read_enum_value_type() {
        if (this.token === ":") {
          return this.next().read_namespace_name();
        }
        return null;
      },
      read_enum_case(attrs) {
        this.expect(this.tok.T_CASE);
        const result = this.node("enumcase");
        let caseName = this.node("identifier");
        const name = this.next().text();
        this.next();
        caseName = caseName(name);
        const value = this.token === "=" ? this.next().read_expr() : null;
        this.expect(";");
        const node = result(caseName, value);
        if (attrs && attrs.length > 0) node.attrGroups = attrs;
        return node;
      }
    };
  }
});

// node_modules/php-parser/src/parser/function.js
var require_function = __commonJS({
  "node_modules/php-parser/src/parser/function.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * checks if current token is a reference keyword
       */
      is_reference() {
        if (this.token === "&") {
          this.next();
          return true;
        }
        return false;
      },
      /*
       * checks if current token is a variadic keyword
       */
      is_variadic() {
        if (this.token === this.tok.T_ELLIPSIS) {
          this.next();
          return true;
        }
        return false;
      },
      /*
       * reading a function
       * ```ebnf
       * function ::= function_declaration code_block
       * ```
       */
      read_function(closure, flag, attrs, locStart) {
        const result = this.read_function_declaration(
          closure ? 1 : flag ? 2 : 0,
          flag && flag[1] === 1,
          attrs || [],
          locStart
        );
        if (flag && flag[2] == 1) {
          result.parseFlags(flag);
          if (this.expect(";")) {
            this.next();
          }
        } else {
          if (this.expect("{")) {
            result.body = this.read_code_block(false);
            if (result.loc && result.body.loc) {
              result.loc.end = result.body.loc.end;
            }
          }
          if (!closure && flag) {
            result.parseFlags(flag);
          }
        }
        return result;
      },
      /*
       * reads a function declaration (without his body)
       * ```ebnf
       * function_declaration ::= T_FUNCTION '&'?  T_STRING '(' parameter_list ')'
       * ```
       */
      read_function_declaration(type, isStatic, attrs, locStart) {
        let nodeName = "function";
        if (type === 1) {
          nodeName = "closure";
        } else if (type === 2) {
          nodeName = "method";
        }
        const result = this.node(nodeName);
        if (this.expect(this.tok.T_FUNCTION)) {
          this.next();
        }
        const isRef = this.is_reference();
        let name = false, use = [], returnType = null, nullable = false;
        if (type !== 1) {
          const nameNode = this.node("identifier");
          if (type === 2) {
            if (this.version >= 700) {
              if (this.token === this.tok.T_STRING || this.is("IDENTIFIER")) {
                name = this.text();
                this.next();
              } else if (this.version < 704) {
                this.error("IDENTIFIER");
              }
            } else if (this.token === this.tok.T_STRING) {
              name = this.text();
              this.next();
            } else {
              this.error("IDENTIFIER");
            }
          } else {
            if (this.version >= 700) {
              if (this.token === this.tok.T_STRING) {
                name = this.text();
                this.next();
              } else if (this.version >= 704) {
                if (!this.expect("(")) {
                  this.next();
                }
              } else {
                this.error(this.tok.T_STRING);
                this.next();
              }
            } else {
              if (this.expect(this.tok.T_STRING)) {
                name = this.text();
              }
              this.next();
            }
          }
          name = nameNode(name);
        }
        if (this.expect("(")) this.next();
        const params = this.read_parameter_list(name.name === "__construct");
        if (this.expect(")")) this.next();
        if (type === 1) {
          use = this.read_lexical_vars();
        }
        if (this.token === ":") {
          if (this.next().token === "?") {
            nullable = true;
            this.next();
          }
          returnType = this.read_types();
        }
        const apply_attrgroup_location = (node) => {
          node.attrGroups = attrs || [];
          if (locStart && node.loc) {
            node.loc.start = locStart;
            if (node.loc.source) {
              node.loc.source = this.lexer._input.substr(
                node.loc.start.offset,
                node.loc.end.offset - node.loc.start.offset
              );
            }
          }
          return node;
        };
        if (type === 1) {
          return apply_attrgroup_location(
            result(params, isRef, use, returnType, nullable, isStatic)
          );
        }
        return apply_attrgroup_location(
          result(name, params, isRef, returnType, nullable)
        );
      },
      read_lexical_vars() {
        let result = [];
        if (this.token === this.tok.T_USE) {
          this.next();
          this.expect("(") && this.next();
          result = this.read_lexical_var_list();
          this.expect(")") && this.next();
        }
        return result;
      },
      read_list_with_dangling_comma(item) {
        const result = [];
        while (this.token != this.EOF) {
          result.push(item());
          if (this.token == ",") {
            this.next();
            if (this.version >= 800 && this.token === ")") {
              return result;
            }
          } else if (this.token == ")") {
            break;
          } else {
            this.error([",", ")"]);
            break;
          }
        }
        return result;
      },
      read_lexical_var_list() {
        return this.read_list_with_dangling_comma(this.read_lexical_var.bind(this));
      },
      /*
       * ```ebnf
       * lexical_var ::= '&'? T_VARIABLE
       * ```
       */
      read_lexical_var() {
        if (this.token === "&") {
          return this.read_byref(this.read_lexical_var.bind(this));
        }
        const result = this.node("variable");
        this.expect(this.tok.T_VARIABLE);
        const name = this.text().substring(1);
        this.next();
        return result(name, false);
      },
      /*
       * reads a list of parameters
       * ```ebnf
       *  parameter_list ::= (parameter ',')* parameter?
       * ```
       */
      read_parameter_list(is_class_constructor) {
        if (this.token !== ")") {
          let wasVariadic = false;
          return this.read_list_with_dangling_comma(
            function() {
              const parameter = this.read_parameter(is_class_constructor);
              if (parameter) {
                if (wasVariadic) {
                  this.raiseError(
                    "Unexpected parameter after a variadic parameter"
                  );
                }
                if (parameter.variadic) {
                  wasVariadic = true;
                }
              }
              return parameter;
            }.bind(this),
            ","
          );
        }
        return [];
      },
      /*
       * ```ebnf
       *  parameter ::= type? '&'? T_ELLIPSIS? T_VARIABLE ('=' expr)?
       * ```
       * @see https://github.com/php/php-src/blob/493524454d66adde84e00d249d607ecd540de99f/Zend/zend_language_parser.y#L640
       */
      read_parameter(is_class_constructor) {
        const node = this.node("parameter");
        let parameterName = null;
        let value = null;
        let nullable = false;
        let readonly = false;
        let attrs = [];
        if (this.token === this.tok.T_ATTRIBUTE) attrs = this.read_attr_list();
        if (this.version >= 801 && this.token === this.tok.T_READ_ONLY) {
          if (is_class_constructor) {
            this.next();
            readonly = true;
          } else {
            this.raiseError(
              "readonly properties can be used only on class constructor"
            );
          }
        }
        const [flags, flagsSet] = this.read_promoted();
        if (!readonly && this.version >= 801 && this.token === this.tok.T_READ_ONLY) {
          if (is_class_constructor) {
            this.next();
            readonly = true;
          } else {
            this.raiseError(
              "readonly properties can be used only on class constructor"
            );
          }
        }
        if (this.token === "?") {
          this.next();
          nullable = true;
        }
        const types = this.read_types();
        if (nullable && !types) {
          this.raiseError(
            "Expecting a type definition combined with nullable operator"
          );
        }
        const isRef = this.is_reference();
        const isVariadic = this.is_variadic();
        if (this.expect(this.tok.T_VARIABLE)) {
          parameterName = this.node("identifier");
          const name = this.text().substring(1);
          this.next();
          parameterName = parameterName(name);
        }
        if (this.token == "=") {
          value = this.next().read_expr();
        }
        let hooks = [];
        if (this.version >= 804 && flags && this.token === "{") {
          hooks = this.read_property_hooks();
        }
        const result = node(
          parameterName,
          types,
          value,
          isRef,
          isVariadic,
          readonly,
          nullable,
          flags,
          hooks,
          flagsSet
        );
        if (attrs) result.attrGroups = attrs;
        return result;
      },
      read_types() {
        const MODE_UNSET = "unset";
        const MODE_UNION = "union";
        const MODE_INTERSECTION = "intersection";
        const types = [];
        let mode = MODE_UNSET;
        const node = this.node();
        const type = this.read_type();
        if (!type) {
          node.destroy();
          return null;
        }
        types.push(type);
        while (this.token === "|" || this.version >= 801 && this.token === "&") {
          const nextToken = this.peek();
          if (nextToken === this.tok.T_ELLIPSIS || nextToken === this.tok.T_VARIABLE) {
            break;
          }
          if (mode === MODE_UNSET) {
            mode = this.token === "|" ? MODE_UNION : MODE_INTERSECTION;
          } else {
            if (mode === MODE_UNION && this.token !== "|" || mode === MODE_INTERSECTION && this.token !== "&") {
              this.raiseError(
                'Unexpect token "' + this.token + '", "|" and "&" can not be mixed'
              );
            }
          }
          this.next();
          types.push(this.read_type());
        }
        if (types.length === 1) {
          node.destroy();
          return types[0];
        } else {
          return mode === MODE_INTERSECTION ? node("intersectiontype", types) : node("uniontype", types);
        }
      },
      read_promoted() {
        const MODIFIER_PUBLIC = 1;
        const MODIFIER_PROTECTED = 2;
        const MODIFIER_PRIVATE = 4;
        let firstModifier;
        if (this.token === this.tok.T_PUBLIC) {
          this.next();
          firstModifier = MODIFIER_PUBLIC;
        } else if (this.token === this.tok.T_PROTECTED) {
          this.next();
          firstModifier = MODIFIER_PROTECTED;
        } else if (this.token === this.tok.T_PRIVATE) {
          this.next();
          firstModifier = MODIFIER_PRIVATE;
        } else {
          return [0, 0];
        }
        if (this.version >= 804) {
          if (this.token === "(") {
            this.next();
            if (this.token !== this.tok.T_STRING || this.text() !== "set") {
              this.error("set");
            } else {
              this.next();
            }
            if (this.expect(")")) {
              this.next();
            }
            return [0, firstModifier];
          }
          let setModifier = 0;
          if (this.token === this.tok.T_PUBLIC) {
            this.next();
            setModifier = MODIFIER_PUBLIC;
          } else if (this.token === this.tok.T_PROTECTED) {
            this.next();
            setModifier = MODIFIER_PROTECTED;
          } else if (this.token === this.tok.T_PRIVATE) {
            this.next();
            setModifier = MODIFIER_PRIVATE;
          }
          if (setModifier > 0) {
            if (this.expect("(")) {
              this.next();
            }
            if (this.token !== this.tok.T_STRING || this.text() !== "set") {
              this.error("set");
            } else {
              this.next();
            }
            if (this.expect(")")) {
              this.next();
            }
            return [firstModifier, setModifier];
          }
        }
        return [firstModifier, 0];
      },
      /*
       * Reads a list of arguments
       * ```ebnf
       *  function_argument_list ::= '(' (argument_list (',' argument_list)*)? ')'
       * ```
       */
      read_argument_list() {
        let result = [];
        this.expect("(") && this.next();
        if (this.version >= 801 && this.token === this.tok.T_ELLIPSIS && this.peek() === ")") {
          const variadicNode = this.node("variadicplaceholder");
          this.next();
          result.push(variadicNode());
        } else if (this.token !== ")") {
          result = this.read_non_empty_argument_list();
        }
        this.expect(")") && this.next();
        return result;
      },
      /*
       * Reads non empty argument list
       */
      read_non_empty_argument_list() {
        let wasVariadic = false;
        return this.read_function_list(
          function() {
            const argument2 = this.read_argument();
            if (argument2) {
              const isVariadic = argument2.kind === "variadic";
              if (wasVariadic && !isVariadic) {
                this.raiseError(
                  "Unexpected non-variadic argument after a variadic argument"
                );
              }
              if (isVariadic) {
                wasVariadic = true;
              }
            }
            return argument2;
          }.bind(this),
          ","
        );
      },
      /*
       * ```ebnf
       *    argument_list ::= T_STRING ':' expr | T_ELLIPSIS? expr
       * ```
       */
      read_argument() {
        if (this.token === this.tok.T_ELLIPSIS) {
          return this.node("variadic")(this.next().read_expr());
        }
        if (this.token === this.tok.T_STRING || Object.values(this.lexer.keywords).includes(this.token)) {
          const nextToken = this.peek();
          if (nextToken === ":") {
            if (this.version < 800) {
              this.raiseError("PHP 8+ is required to use named arguments");
            }
            return this.node("namedargument")(
              this.text(),
              this.next().next().read_expr()
            );
          }
        }
        return this.read_expr();
      },
      /*
       * read type hinting
       * ```ebnf
       *  type ::= T_ARRAY | T_CALLABLE | namespace_name
       * ```
       */
      read_type() {
        const result = this.node();
        if (this.token === this.tok.T_ARRAY || this.token === this.tok.T_CALLABLE) {
          const type = this.text();
          this.next();
          return result("typereference", type.toLowerCase(), type);
        } else if (this.token === this.tok.T_NAME_RELATIVE || this.token === this.tok.T_NAME_QUALIFIED || this.token === this.tok.T_NAME_FULLY_QUALIFIED || this.token === this.tok.T_STRING || this.token === this.tok.T_STATIC) {
          const type = this.text();
          const backup = [this.token, this.lexer.getState()];
          this.next();
          if (this.token !== this.tok.T_NS_SEPARATOR && this.ast.typereference.types.indexOf(type.toLowerCase()) > -1) {
            return result("typereference", type.toLowerCase(), type);
          } else {
            this.lexer.tokens.push(backup);
            this.next();
            result.destroy();
            return this.read_namespace_name();
          }
        } else if (this.version >= 802 && this.token === "(") {
          this.next();
          const innerTypes = [];
          innerTypes.push(this.read_type());
          while (this.token === "&") {
            const nextToken = this.peek();
            if (nextToken === this.tok.T_ELLIPSIS || nextToken === this.tok.T_VARIABLE) {
              break;
            }
            this.next();
            innerTypes.push(this.read_type());
          }
          this.expect(")") && this.next();
          return result("intersectiontype", innerTypes);
        }
        result.destroy();
        return null;
      }
    };
  }
});

// node_modules/php-parser/src/parser/if.js
var require_if = __commonJS({
  "node_modules/php-parser/src/parser/if.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * Reads an IF statement
       *
       * ```ebnf
       *  if ::= T_IF '(' expr ')' ':' ...
       * ```
       */
      read_if() {
        const result = this.node("if");
        const test = this.next().read_if_expr();
        let body;
        let alternate = null;
        let shortForm = false;
        if (this.token === ":") {
          shortForm = true;
          body = this.node("block");
          this.next();
          const items = [];
          while (this.token !== this.EOF && this.token !== this.tok.T_ENDIF) {
            if (this.token === this.tok.T_ELSEIF) {
              alternate = this.read_elseif_short();
              break;
            } else if (this.token === this.tok.T_ELSE) {
              alternate = this.read_else_short();
              break;
            }
            items.push(this.read_inner_statement());
          }
          if (items.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
            items.push(this.node("noop")());
          }
          body = body(null, items);
          this.expect(this.tok.T_ENDIF) && this.next();
          this.expectEndOfStatement();
        } else {
          body = this.read_statement();
          if (this.token === this.tok.T_ELSEIF) {
            alternate = this.read_if();
          } else if (this.token === this.tok.T_ELSE) {
            alternate = this.next().read_statement();
          }
        }
        return result(test, body, alternate, shortForm);
      },
      /*
       * reads an if expression : '(' expr ')'
       */
      read_if_expr() {
        this.expect("(") && this.next();
        const result = this.read_expr();
        this.expect(")") && this.next();
        return result;
      },
      /*
       * reads an elseif (expr): statements
       */
      read_elseif_short() {
        let alternate = null;
        const result = this.node("if");
        const test = this.next().read_if_expr();
        const body = this.node("block");
        if (this.expect(":")) this.next();
        const items = [];
        while (this.token != this.EOF && this.token !== this.tok.T_ENDIF) {
          if (this.token === this.tok.T_ELSEIF) {
            alternate = this.read_elseif_short();
            break;
          } else if (this.token === this.tok.T_ELSE) {
            alternate = this.read_else_short();
            break;
          }
          items.push(this.read_inner_statement());
        }
        if (items.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
          items.push(this.node("noop")());
        }
        return result(test, body(null, items), alternate, true);
      },
      /*
       *
       */
      read_else_short() {
        this.next();
        const body = this.node("block");
        if (this.expect(":")) this.next();
        const items = [];
        while (this.token != this.EOF && this.token !== this.tok.T_ENDIF) {
          items.push(this.read_inner_statement());
        }
        if (items.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
          items.push(this.node("noop")());
        }
        return body(null, items);
      }
    };
  }
});

// node_modules/php-parser/src/parser/loops.js
var require_loops = __commonJS({
  "node_modules/php-parser/src/parser/loops.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * Reads a while statement
       * ```ebnf
       * while ::= T_WHILE (statement | ':' inner_statement_list T_ENDWHILE ';')
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L587
       * @return {While}
       */
      read_while() {
        const result = this.node("while");
        this.expect(this.tok.T_WHILE) && this.next();
        let body;
        let shortForm = false;
        if (this.expect("(")) this.next();
        const test = this.read_expr();
        if (this.expect(")")) this.next();
        if (this.token === ":") {
          shortForm = true;
          body = this.read_short_form(this.tok.T_ENDWHILE);
        } else {
          body = this.read_statement();
        }
        return result(test, body, shortForm);
      },
      /*
       * Reads a do / while loop
       * ```ebnf
       * do ::= T_DO statement T_WHILE '(' expr ')' ';'
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L423
       * @return {Do}
       */
      read_do() {
        const result = this.node("do");
        this.expect(this.tok.T_DO) && this.next();
        let test = null;
        const body = this.read_statement();
        if (this.expect(this.tok.T_WHILE)) {
          if (this.next().expect("(")) this.next();
          test = this.read_expr();
          if (this.expect(")")) this.next();
          if (this.expect(";")) this.next();
        }
        return result(test, body);
      },
      /*
       * Read a for incremental loop
       * ```ebnf
       * for ::= T_FOR '(' for_exprs ';' for_exprs ';' for_exprs ')' for_statement
       * for_statement ::= statement | ':' inner_statement_list T_ENDFOR ';'
       * for_exprs ::= expr? (',' expr)*
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L425
       * @return {For}
       */
      read_for() {
        const result = this.node("for");
        this.expect(this.tok.T_FOR) && this.next();
        let init = [];
        let test = [];
        let increment = [];
        let body;
        let shortForm = false;
        if (this.expect("(")) this.next();
        if (this.token !== ";") {
          init = this.read_list(this.read_expr, ",");
          if (this.expect(";")) this.next();
        } else {
          this.next();
        }
        if (this.token !== ";") {
          test = this.read_list(this.read_expr, ",");
          if (this.expect(";")) this.next();
        } else {
          this.next();
        }
        if (this.token !== ")") {
          increment = this.read_list(this.read_expr, ",");
          if (this.expect(")")) this.next();
        } else {
          this.next();
        }
        if (this.token === ":") {
          shortForm = true;
          body = this.read_short_form(this.tok.T_ENDFOR);
        } else {
          body = this.read_statement();
        }
        return result(init, test, increment, body, shortForm);
      },
      /*
       * Reads a foreach loop
       * ```ebnf
       * foreach ::= '(' expr T_AS foreach_variable (T_DOUBLE_ARROW foreach_variable)? ')' statement
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L438
       * @return {Foreach}
       */
      read_foreach() {
        const result = this.node("foreach");
        this.expect(this.tok.T_FOREACH) && this.next();
        let key = null;
        let value = null;
        let body;
        let shortForm = false;
        if (this.expect("(")) this.next();
        const source = this.read_expr();
        if (this.expect(this.tok.T_AS)) {
          this.next();
          value = this.read_foreach_variable();
          if (this.token === this.tok.T_DOUBLE_ARROW) {
            key = value;
            value = this.next().read_foreach_variable();
          }
        }
        if (key && key.kind === "list") {
          this.raiseError("Fatal Error : Cannot use list as key element");
        }
        if (this.expect(")")) this.next();
        if (this.token === ":") {
          shortForm = true;
          body = this.read_short_form(this.tok.T_ENDFOREACH);
        } else {
          body = this.read_statement();
        }
        return result(source, key, value, body, shortForm);
      },
      /*
       * Reads a foreach variable statement
       * ```ebnf
       * foreach_variable =
       *    variable |
       *    '&' variable |
       *    T_LIST '(' assignment_list ')' |
       *    '[' assignment_list ']'
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L544
       * @return {Expression}
       */
      read_foreach_variable() {
        if (this.token === this.tok.T_LIST || this.token === "[") {
          const isShort = this.token === "[";
          const result = this.node("list");
          this.next();
          if (!isShort && this.expect("(")) this.next();
          const assignList = this.read_array_pair_list(isShort);
          if (this.expect(isShort ? "]" : ")")) this.next();
          return result(assignList, isShort);
        } else {
          return this.read_variable(false, false);
        }
      }
    };
  }
});

// node_modules/php-parser/src/parser/main.js
var require_main = __commonJS({
  "node_modules/php-parser/src/parser/main.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * ```ebnf
       * start ::= (namespace | top_statement)*
       * ```
       */
      read_start() {
        if (this.token == this.tok.T_NAMESPACE) {
          return this.read_namespace();
        } else {
          return this.read_top_statement();
        }
      }
    };
  }
});

// node_modules/php-parser/src/parser/namespace.js
var require_namespace = __commonJS({
  "node_modules/php-parser/src/parser/namespace.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * Reads a namespace declaration block
       * ```ebnf
       * namespace ::= T_NAMESPACE namespace_name? '{'
       *    top_statements
       * '}'
       * | T_NAMESPACE namespace_name ';' top_statements
       * ```
       * @see http://php.net/manual/en/language.namespaces.php
       * @return {Namespace}
       */
      read_namespace() {
        const result = this.node("namespace");
        let body;
        this.expect(this.tok.T_NAMESPACE) && this.next();
        let name;
        if (this.token === "{") {
          name = {
            name: [""]
          };
        } else {
          name = this.read_namespace_name();
        }
        this.currentNamespace = name;
        if (this.token === ";") {
          this.currentNamespace = name;
          body = this.next().read_top_statements(true);
          return result(name.name, body, false);
        } else if (this.token === "{") {
          this.currentNamespace = name;
          body = this.next().read_top_statements();
          this.expect("}") && this.next();
          if (body.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
            body.push(this.node("noop")());
          }
          return result(name.name, body, true);
        } else {
          this.error(["{", ";"]);
          this.currentNamespace = name;
          body = this.read_top_statements();
          this.expect(this.EOF);
          return result(name, body, false);
        }
      },
      /*
       * Reads a namespace name
       * ```ebnf
       *  namespace_name ::= T_NS_SEPARATOR? (T_STRING T_NS_SEPARATOR)* T_STRING
       * ```
       * @see http://php.net/manual/en/language.namespaces.rules.php
       * @return {Reference}
       */
      read_namespace_name(resolveReference) {
        const result = this.node();
        let resolution;
        let name = this.text();
        switch (this.token) {
          case this.tok.T_NAME_RELATIVE:
            resolution = this.ast.name.RELATIVE_NAME;
            name = name.replace(/^namespace\\/, "");
            break;
          case this.tok.T_NAME_QUALIFIED:
            resolution = this.ast.name.QUALIFIED_NAME;
            break;
          case this.tok.T_NAME_FULLY_QUALIFIED:
            resolution = this.ast.name.FULL_QUALIFIED_NAME;
            break;
          default:
            resolution = this.ast.name.UNQUALIFIED_NAME;
            if (!this.expect(this.tok.T_STRING)) {
              return result("name", "", this.ast.name.FULL_QUALIFIED_NAME);
            }
        }
        this.next();
        if (resolveReference || this.token !== "(") {
          if (name.toLowerCase() === "parent") {
            return result("parentreference", name);
          } else if (name.toLowerCase() === "self") {
            return result("selfreference", name);
          }
        }
        return result("name", name, resolution);
      },
      /*
       * Reads a use statement
       * ```ebnf
       * use_statement ::= T_USE
       *   use_type? use_declarations |
       *   use_type use_statement '{' use_declarations '}' |
       *   use_statement '{' use_declarations(=>typed) '}'
       * ';'
       * ```
       * @see http://php.net/manual/en/language.namespaces.importing.php
       * @return {UseGroup}
       */
      read_use_statement() {
        let result = this.node("usegroup");
        let items = [];
        let name = null;
        this.expect(this.tok.T_USE) && this.next();
        const type = this.read_use_type();
        items.push(this.read_use_declaration(false));
        if (this.token === ",") {
          items = items.concat(this.next().read_use_declarations(false));
        } else if (this.token === "{") {
          name = items[0].name;
          items = this.next().read_use_declarations(type === null);
          this.expect("}") && this.next();
        }
        result = result(name, type, items);
        this.expect(";") && this.next();
        return result;
      },
      /*
       *
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L1045
       */
      read_class_name_reference() {
        return this.read_variable(true, false);
      },
      /*
       * Reads a use declaration
       * ```ebnf
       * use_declaration ::= use_type? namespace_name use_alias
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L380
       * @return {UseItem}
       */
      read_use_declaration(typed) {
        const result = this.node("useitem");
        let type = null;
        if (typed) type = this.read_use_type();
        const name = this.read_namespace_name();
        const alias = this.read_use_alias();
        return result(name.name, alias, type);
      },
      /*
       * Reads a list of use declarations
       * ```ebnf
       * use_declarations ::= use_declaration (',' use_declaration)*
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L380
       * @return {UseItem[]}
       */
      read_use_declarations(typed) {
        const result = [this.read_use_declaration(typed)];
        while (this.token === ",") {
          this.next();
          if (typed) {
            if (this.token !== this.tok.T_NAME_RELATIVE && this.token !== this.tok.T_NAME_QUALIFIED && this.token !== this.tok.T_NAME_FULLY_QUALIFIED && this.token !== this.tok.T_FUNCTION && this.token !== this.tok.T_CONST && this.token !== this.tok.T_STRING) {
              break;
            }
          } else if (this.token !== this.tok.T_NAME_RELATIVE && this.token !== this.tok.T_NAME_QUALIFIED && this.token !== this.tok.T_NAME_FULLY_QUALIFIED && this.token !== this.tok.T_STRING && this.token !== this.tok.T_NS_SEPARATOR) {
            break;
          }
          result.push(this.read_use_declaration(typed));
        }
        return result;
      },
      /*
       * Reads a use statement
       * ```ebnf
       * use_alias ::= (T_AS T_STRING)?
       * ```
       * @return {String|null}
       */
      read_use_alias() {
        let result = null;
        if (this.token === this.tok.T_AS) {
          if (this.next().expect(this.tok.T_STRING)) {
            const aliasName = this.node("identifier");
            const name = this.text();
            this.next();
            result = aliasName(name);
          }
        }
        return result;
      },
      /*
       * Reads the namespace type declaration
       * ```ebnf
       * use_type ::= (T_FUNCTION | T_CONST)?
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L335
       * @return {String|null} Possible values : function, const
       */
      read_use_type() {
        if (this.token === this.tok.T_FUNCTION) {
          this.next();
          return this.ast.useitem.TYPE_FUNCTION;
        } else if (this.token === this.tok.T_CONST) {
          this.next();
          return this.ast.useitem.TYPE_CONST;
        }
        return null;
      }
    };
  }
});

// node_modules/php-parser/src/parser/scalar.js
var require_scalar = __commonJS({
  "node_modules/php-parser/src/parser/scalar.js"(exports, module) {
    "use strict";
    var specialChar = {
      "\\": "\\",
      $: "$",
      n: "\n",
      r: "\r",
      t: "	",
      f: String.fromCharCode(12),
      v: String.fromCharCode(11),
      e: String.fromCharCode(27)
    };
    module.exports = {
      /*
       * Unescape special chars
       */
      resolve_special_chars(text, doubleQuote) {
        if (!doubleQuote) {
          return text.replace(/\\\\/g, "\\").replace(/\\'/g, "'");
        }
        return text.replace(/\\"/g, '"').replace(
          /\\([\\$nrtfve]|[xX][0-9a-fA-F]{1,2}|[0-7]{1,3}|u{([0-9a-fA-F]+)})/g,
          ($match, p1, p2) => {
            if (specialChar[p1]) {
              return specialChar[p1];
            } else if ("x" === p1[0] || "X" === p1[0]) {
              return String.fromCodePoint(parseInt(p1.substr(1), 16));
            } else if ("u" === p1[0]) {
              return String.fromCodePoint(parseInt(p2, 16));
            } else {
              return String.fromCodePoint(parseInt(p1, 8));
            }
          }
        );
      },
      /*
       * Remove all leading spaces each line for heredoc text if there is a indentation
       * @param {string} text
       * @param {number} indentation
       * @param {boolean} indentation_uses_spaces
       * @param {boolean} first_encaps_node if it is behind a variable, the first N spaces should not be removed
       */
      remove_heredoc_leading_whitespace_chars(text, indentation, indentation_uses_spaces, first_encaps_node) {
        if (indentation === 0) {
          return text;
        }
        this.check_heredoc_indentation_level(
          text,
          indentation,
          indentation_uses_spaces,
          first_encaps_node
        );
        const matchedChar = indentation_uses_spaces ? " " : "	";
        const removementRegExp = new RegExp(
          `\\n${matchedChar}{${indentation}}`,
          "g"
        );
        const removementFirstEncapsNodeRegExp = new RegExp(
          `^${matchedChar}{${indentation}}`
        );
        if (first_encaps_node) {
          text = text.replace(removementFirstEncapsNodeRegExp, "");
        }
        return text.replace(removementRegExp, "\n");
      },
      /*
       * Check indentation level of heredoc in text, if mismatch, raiseError
       * @param {string} text
       * @param {number} indentation
       * @param {boolean} indentation_uses_spaces
       * @param {boolean} first_encaps_node if it is behind a variable, the first N spaces should not be removed
       */
      check_heredoc_indentation_level(text, indentation, indentation_uses_spaces, first_encaps_node) {
        const textSize = text.length;
        let offset = 0;
        let leadingWhitespaceCharCount = 0;
        let inCountingState = true;
        const chToCheck = indentation_uses_spaces ? " " : "	";
        let inCheckState = false;
        if (!first_encaps_node) {
          offset = text.indexOf("\n");
          if (offset === -1) {
            return;
          }
          offset++;
        }
        while (offset < textSize) {
          if (inCountingState) {
            if (text[offset] === chToCheck) {
              leadingWhitespaceCharCount++;
            } else {
              inCheckState = true;
            }
          }
          if (text[offset] !== "\n" && inCheckState && leadingWhitespaceCharCount < indentation) {
            this.raiseError(
              `Invalid body indentation level (expecting an indentation at least ${indentation})`
            );
          } else {
            inCheckState = false;
          }
          if (text[offset] === "\n") {
            inCountingState = true;
            leadingWhitespaceCharCount = 0;
          }
          offset++;
        }
      },
      /*
       * Reads dereferencable scalar
       */
      read_dereferencable_scalar() {
        let result = null;
        switch (this.token) {
          case this.tok.T_CONSTANT_ENCAPSED_STRING:
            {
              let value = this.node("string");
              const text = this.text();
              let offset = 0;
              if (text[0] === "b" || text[0] === "B") {
                offset = 1;
              }
              const isDoubleQuote = text[offset] === '"';
              this.next();
              const textValue = this.resolve_special_chars(
                text.substring(offset + 1, text.length - 1),
                isDoubleQuote
              );
              value = value(
                isDoubleQuote,
                textValue,
                offset === 1,
                // unicode flag
                text
              );
              if (this.token === this.tok.T_DOUBLE_COLON) {
                result = this.read_static_getter(value);
              } else {
                result = value;
              }
            }
            break;
          case this.tok.T_ARRAY:
            result = this.read_array();
            break;
          case "[":
            result = this.read_array();
            break;
        }
        return result;
      },
      /*
       * ```ebnf
       *  scalar ::= T_MAGIC_CONST
       *       | T_LNUMBER | T_DNUMBER
       *       | T_START_HEREDOC T_ENCAPSED_AND_WHITESPACE? T_END_HEREDOC
       *       | '"' encaps_list '"'
       *       | T_START_HEREDOC encaps_list T_END_HEREDOC
       *       | namespace_name (T_DOUBLE_COLON T_STRING)?
       * ```
       */
      read_scalar() {
        if (this.is("T_MAGIC_CONST")) {
          return this.get_magic_constant();
        } else {
          let value, node;
          switch (this.token) {
            // NUMERIC
            case this.tok.T_LNUMBER:
            // long
            case this.tok.T_DNUMBER: {
              const result = this.node("number");
              value = this.text();
              this.next();
              return result(value, null);
            }
            case this.tok.T_START_HEREDOC:
              if (this.lexer.curCondition === "ST_NOWDOC") {
                const start = this.lexer.yylloc.first_offset;
                node = this.node("nowdoc");
                value = this.next().text();
                if (this.lexer.heredoc_label.indentation > 0) {
                  value = value.substring(
                    0,
                    value.length - this.lexer.heredoc_label.indentation
                  );
                }
                const lastCh = value[value.length - 1];
                if (lastCh === "\n") {
                  if (value[value.length - 2] === "\r") {
                    value = value.substring(0, value.length - 2);
                  } else {
                    value = value.substring(0, value.length - 1);
                  }
                } else if (lastCh === "\r") {
                  value = value.substring(0, value.length - 1);
                }
                this.expect(this.tok.T_ENCAPSED_AND_WHITESPACE) && this.next();
                this.expect(this.tok.T_END_HEREDOC) && this.next();
                const raw = this.lexer._input.substring(
                  start,
                  this.lexer.yylloc.first_offset
                );
                node = node(
                  this.remove_heredoc_leading_whitespace_chars(
                    value,
                    this.lexer.heredoc_label.indentation,
                    this.lexer.heredoc_label.indentation_uses_spaces,
                    this.lexer.heredoc_label.first_encaps_node
                  ),
                  raw,
                  this.lexer.heredoc_label.label
                );
                this.lexer.heredoc_label.finished = true;
                return node;
              } else {
                return this.read_encapsed_string(this.tok.T_END_HEREDOC);
              }
            case '"':
              return this.read_encapsed_string('"');
            case 'b"':
            case 'B"': {
              return this.read_encapsed_string('"', true);
            }
            // TEXTS
            case this.tok.T_CONSTANT_ENCAPSED_STRING:
            case this.tok.T_ARRAY:
            // array parser
            case "[":
              return this.read_dereferencable_scalar();
            default: {
              const err = this.error("SCALAR");
              this.next();
              return err;
            }
          }
        }
      },
      /*
       * Handles the dereferencing
       */
      read_dereferencable(expr) {
        let result, offset;
        const node = this.node("offsetlookup");
        if (this.token === "[") {
          offset = this.next().read_expr();
          if (this.expect("]")) this.next();
          result = node(expr, offset);
        } else if (this.token === this.tok.T_DOLLAR_OPEN_CURLY_BRACES) {
          offset = this.read_encapsed_string_item(false);
          result = node(expr, offset);
        }
        return result;
      },
      /*
       * Reads and extracts an encapsed item
       * ```ebnf
       * encapsed_string_item ::= T_ENCAPSED_AND_WHITESPACE
       *  | T_DOLLAR_OPEN_CURLY_BRACES expr '}'
       *  | T_DOLLAR_OPEN_CURLY_BRACES T_STRING_VARNAME '}'
       *  | T_DOLLAR_OPEN_CURLY_BRACES T_STRING_VARNAME '[' expr ']' '}'
       *  | T_CURLY_OPEN variable '}'
       *  | variable
       *  | variable '[' expr ']'
       *  | variable T_OBJECT_OPERATOR T_STRING
       * ```
       * @return {String|Variable|Expr|Lookup}
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L1219
       */
      read_encapsed_string_item(isDoubleQuote) {
        const encapsedPart = this.node("encapsedpart");
        let syntax = null;
        let curly = false;
        let result = this.node(), offset, node, name;
        if (this.token === this.tok.T_ENCAPSED_AND_WHITESPACE) {
          const text = this.text();
          this.next();
          result = result(
            "string",
            false,
            this.version >= 703 && !this.lexer.heredoc_label.finished ? this.resolve_special_chars(
              this.remove_heredoc_leading_whitespace_chars(
                text,
                this.lexer.heredoc_label.indentation,
                this.lexer.heredoc_label.indentation_uses_spaces,
                this.lexer.heredoc_label.first_encaps_node
              ),
              isDoubleQuote
            ) : this.resolve_special_chars(text, isDoubleQuote),
            false,
            text
          );
        } else if (this.token === this.tok.T_DOLLAR_OPEN_CURLY_BRACES) {
          syntax = "simple";
          curly = true;
          if (this.next().token === this.tok.T_STRING_VARNAME) {
            name = this.node("variable");
            const varName = this.text();
            this.next();
            result.destroy();
            if (this.token === "[") {
              name = name(varName, false);
              node = this.node("offsetlookup");
              offset = this.next().read_expr();
              this.expect("]") && this.next();
              result = node(name, offset);
            } else {
              result = name(varName, false);
            }
          } else {
            result = result("variable", this.read_expr(), false);
          }
          this.expect("}") && this.next();
        } else if (this.token === this.tok.T_CURLY_OPEN) {
          syntax = "complex";
          result.destroy();
          result = this.next().read_variable(false, false);
          this.expect("}") && this.next();
        } else if (this.token === this.tok.T_VARIABLE) {
          syntax = "simple";
          result.destroy();
          result = this.read_simple_variable();
          if (this.token === "[") {
            node = this.node("offsetlookup");
            offset = this.next().read_encaps_var_offset();
            this.expect("]") && this.next();
            result = node(result, offset);
          }
          if (this.token === this.tok.T_OBJECT_OPERATOR) {
            node = this.node("propertylookup");
            this.next().expect(this.tok.T_STRING);
            const what = this.node("identifier");
            name = this.text();
            this.next();
            result = node(result, what(name));
          }
        } else {
          this.expect(this.tok.T_ENCAPSED_AND_WHITESPACE);
          const value = this.text();
          this.next();
          result.destroy();
          result = result("string", false, value, false, value);
        }
        this.lexer.heredoc_label.first_encaps_node = false;
        return encapsedPart(result, syntax, curly);
      },
      /*
       * Reads an encapsed string
       */
      read_encapsed_string(expect, isBinary = false) {
        const labelStart = this.lexer.yylloc.first_offset;
        let node = this.node("encapsed");
        this.next();
        const start = this.lexer.yylloc.prev_offset - (isBinary ? 1 : 0);
        const value = [];
        let type;
        if (expect === "`") {
          type = this.ast.encapsed.TYPE_SHELL;
        } else if (expect === '"') {
          type = this.ast.encapsed.TYPE_STRING;
        } else {
          type = this.ast.encapsed.TYPE_HEREDOC;
        }
        while (this.token !== expect && this.token !== this.EOF) {
          value.push(this.read_encapsed_string_item(true));
        }
        if (type === this.ast.encapsed.TYPE_HEREDOC && value.length > 0 && value[value.length - 1].kind === "encapsedpart" && value[value.length - 1].expression.kind === "string") {
          const node2 = value[value.length - 1].expression;
          const lastCh = node2.value[node2.value.length - 1];
          if (lastCh === "\n") {
            if (node2.value[node2.value.length - 2] === "\r") {
              node2.value = node2.value.substring(0, node2.value.length - 2);
            } else {
              node2.value = node2.value.substring(0, node2.value.length - 1);
            }
          } else if (lastCh === "\r") {
            node2.value = node2.value.substring(0, node2.value.length - 1);
          }
        }
        this.expect(expect) && this.next();
        const raw = this.lexer._input.substring(
          type === "heredoc" ? labelStart : start - 1,
          this.lexer.yylloc.first_offset
        );
        node = node(value, raw, type);
        if (expect === this.tok.T_END_HEREDOC) {
          node.label = this.lexer.heredoc_label.label;
          this.lexer.heredoc_label.finished = true;
        }
        return node;
      },
      /*
       * Constant token
       */
      get_magic_constant() {
        const result = this.node("magic");
        const name = this.text();
        this.next();
        return result(name.toUpperCase(), name);
      }
    };
  }
});

// node_modules/php-parser/src/parser/statement.js
var require_statement = __commonJS({
  "node_modules/php-parser/src/parser/statement.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * reading a list of top statements (helper for top_statement*)
       * ```ebnf
       *  top_statements ::= top_statement*
       * ```
       */
      read_top_statements(stopAtNamespace) {
        let result = [];
        while (this.token !== this.EOF && this.token !== "}") {
          if (stopAtNamespace && this.token === this.tok.T_NAMESPACE) break;
          const statement = this.read_top_statement();
          if (statement) {
            if (Array.isArray(statement)) {
              result = result.concat(statement);
            } else {
              result.push(statement);
            }
          }
        }
        return result;
      },
      /*
       * reading a top statement
       * ```ebnf
       *  top_statement ::=
       *       namespace | function | class
       *       | interface | trait
       *       | use_statements | const_list
       *       | statement
       * ```
       */
      read_top_statement() {
        let attrs = [];
        if (this.token === this.tok.T_ATTRIBUTE) {
          attrs = this.read_attr_list();
        }
        switch (this.token) {
          case this.tok.T_FUNCTION:
            return this.read_function(false, false, attrs);
          // optional flags
          case this.tok.T_ABSTRACT:
          case this.tok.T_FINAL:
          case this.tok.T_READ_ONLY:
          case this.tok.T_CLASS:
            return this.read_class_declaration_statement(attrs);
          case this.tok.T_INTERFACE:
            return this.read_interface_declaration_statement(attrs);
          case this.tok.T_TRAIT:
            return this.read_trait_declaration_statement(attrs);
          case this.tok.T_ENUM:
            return this.read_enum_declaration_statement(attrs);
          case this.tok.T_USE:
            return this.read_use_statement();
          case this.tok.T_CONST: {
            const result = this.node("constantstatement");
            const items = this.next().read_const_list();
            this.expectEndOfStatement();
            return result(null, items);
          }
          case this.tok.T_NAMESPACE:
            return this.read_namespace();
          case this.tok.T_HALT_COMPILER: {
            const result = this.node("halt");
            if (this.next().expect("(")) this.next();
            if (this.expect(")")) this.next();
            this.expect(";");
            this.lexer.done = true;
            return result(this.lexer._input.substring(this.lexer.offset));
          }
          default:
            return this.read_statement();
        }
      },
      /*
       * reads a list of simple inner statements (helper for inner_statement*)
       * ```ebnf
       *  inner_statements ::= inner_statement*
       * ```
       */
      read_inner_statements() {
        let result = [];
        while (this.token != this.EOF && this.token !== "}") {
          const statement = this.read_inner_statement();
          if (statement) {
            if (Array.isArray(statement)) {
              result = result.concat(statement);
            } else {
              result.push(statement);
            }
          }
        }
        return result;
      },
      /*
       * Reads a list of constants declaration
       * ```ebnf
       *   const_list ::= T_CONST T_STRING '=' expr (',' T_STRING '=' expr)* ';'
       * ```
       */
      read_const_list() {
        return this.read_list(
          function() {
            this.expect(this.tok.T_STRING);
            const result = this.node("constant");
            let constName = this.node("identifier");
            const name = this.text();
            this.next();
            constName = constName(name);
            if (this.expect("=")) {
              return result(constName, this.next().read_expr());
            } else {
              return result(constName, null);
            }
          },
          ",",
          false
        );
      },
      /*
       * Reads a list of constants declaration
       * ```ebnf
       *   declare_list ::= IDENTIFIER '=' expr (',' IDENTIFIER '=' expr)*
       * ```
       * @retrurn {Array}
       */
      read_declare_list() {
        const result = [];
        while (this.token != this.EOF && this.token !== ")") {
          this.expect(this.tok.T_STRING);
          const directive = this.node("declaredirective");
          let key = this.node("identifier");
          const name = this.text();
          this.next();
          key = key(name);
          let value = null;
          if (this.expect("=")) {
            value = this.next().read_expr();
          }
          result.push(directive(key, value));
          if (this.token !== ",") break;
          this.next();
        }
        return result;
      },
      /*
       * reads a simple inner statement
       * ```ebnf
       *  inner_statement ::= '{' inner_statements '}' | token
       * ```
       */
      read_inner_statement() {
        let attrs = [];
        if (this.token === this.tok.T_ATTRIBUTE) {
          attrs = this.read_attr_list();
        }
        switch (this.token) {
          case this.tok.T_FUNCTION: {
            const result = this.read_function(false, false);
            result.attrGroups = attrs;
            return result;
          }
          // optional flags
          case this.tok.T_ABSTRACT:
          case this.tok.T_FINAL:
          case this.tok.T_CLASS:
            return this.read_class_declaration_statement();
          case this.tok.T_INTERFACE:
            return this.read_interface_declaration_statement();
          case this.tok.T_TRAIT:
            return this.read_trait_declaration_statement(attrs);
          case this.tok.T_ENUM:
            return this.read_enum_declaration_statement(attrs);
          case this.tok.T_HALT_COMPILER: {
            this.raiseError(
              "__HALT_COMPILER() can only be used from the outermost scope"
            );
            let node = this.node("halt");
            this.next().expect("(") && this.next();
            this.expect(")") && this.next();
            node = node(this.lexer._input.substring(this.lexer.offset));
            this.expect(";") && this.next();
            return node;
          }
          default:
            return this.read_statement();
        }
      },
      /*
       * Reads statements
       */
      read_statement() {
        switch (this.token) {
          case "{":
            return this.read_code_block(false);
          case this.tok.T_IF:
            return this.read_if();
          case this.tok.T_SWITCH:
            return this.read_switch();
          case this.tok.T_FOR:
            return this.read_for();
          case this.tok.T_FOREACH:
            return this.read_foreach();
          case this.tok.T_WHILE:
            return this.read_while();
          case this.tok.T_DO:
            return this.read_do();
          case this.tok.T_COMMENT:
            return this.read_comment();
          case this.tok.T_DOC_COMMENT:
            return this.read_doc_comment();
          case this.tok.T_RETURN: {
            const result = this.node("return");
            this.next();
            const expr = this.read_optional_expr(";");
            this.expectEndOfStatement();
            return result(expr);
          }
          // https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L429
          case this.tok.T_BREAK:
          case this.tok.T_CONTINUE: {
            const result = this.node(
              this.token === this.tok.T_CONTINUE ? "continue" : "break"
            );
            this.next();
            const level = this.read_optional_expr(";");
            this.expectEndOfStatement();
            return result(level);
          }
          case this.tok.T_GLOBAL: {
            const result = this.node("global");
            const items = this.next().read_list(this.read_simple_variable, ",");
            this.expectEndOfStatement();
            return result(items);
          }
          case this.tok.T_STATIC: {
            const current = [this.token, this.lexer.getState()];
            const result = this.node();
            if (this.next().token === this.tok.T_DOUBLE_COLON) {
              this.lexer.tokens.push(current);
              const expr = this.next().read_expr();
              this.expectEndOfStatement(expr);
              return result("expressionstatement", expr);
            }
            if (this.token === this.tok.T_FUNCTION) {
              return this.read_function(true, [0, 1, 0]);
            }
            const items = this.read_variable_declarations();
            this.expectEndOfStatement();
            return result("static", items);
          }
          case this.tok.T_ECHO: {
            const result = this.node("echo");
            const text = this.text();
            const shortForm = text === "<?=" || text === "<%=";
            const expressions = this.next().read_function_list(this.read_expr, ",");
            this.expectEndOfStatement();
            return result(expressions, shortForm);
          }
          case this.tok.T_INLINE_HTML: {
            const value = this.text();
            let prevChar = this.lexer.yylloc.first_offset > 0 ? this.lexer._input[this.lexer.yylloc.first_offset - 1] : null;
            const fixFirstLine = prevChar === "\r" || prevChar === "\n";
            if (fixFirstLine) {
              if (prevChar === "\n" && this.lexer.yylloc.first_offset > 1 && this.lexer._input[this.lexer.yylloc.first_offset - 2] === "\r") {
                prevChar = "\r\n";
              }
            }
            const result = this.node("inline");
            this.next();
            return result(value, fixFirstLine ? prevChar + value : value);
          }
          case this.tok.T_UNSET: {
            const result = this.node("unset");
            this.next().expect("(") && this.next();
            const variables = this.read_function_list(this.read_variable, ",");
            this.expect(")") && this.next();
            this.expect(";") && this.next();
            return result(variables);
          }
          case this.tok.T_DECLARE: {
            const result = this.node("declare");
            const body = [];
            let mode;
            this.next().expect("(") && this.next();
            const directives = this.read_declare_list();
            this.expect(")") && this.next();
            if (this.token === ":") {
              this.next();
              while (this.token != this.EOF && this.token !== this.tok.T_ENDDECLARE) {
                body.push(this.read_top_statement());
              }
              if (body.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
                body.push(this.node("noop")());
              }
              this.expect(this.tok.T_ENDDECLARE) && this.next();
              this.expectEndOfStatement();
              mode = this.ast.declare.MODE_SHORT;
            } else if (this.token === "{") {
              this.next();
              while (this.token != this.EOF && this.token !== "}") {
                body.push(this.read_top_statement());
              }
              if (body.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
                body.push(this.node("noop")());
              }
              this.expect("}") && this.next();
              mode = this.ast.declare.MODE_BLOCK;
            } else {
              this.expect(";") && this.next();
              mode = this.ast.declare.MODE_NONE;
            }
            return result(directives, body, mode);
          }
          case this.tok.T_TRY:
            return this.read_try();
          case this.tok.T_THROW: {
            const result = this.node("throw");
            const expr = this.next().read_expr();
            this.expectEndOfStatement();
            return result(expr);
          }
          // ignore this (extra ponctuation)
          case ";": {
            this.next();
            return null;
          }
          case this.tok.T_STRING: {
            const result = this.node();
            const current = [this.token, this.lexer.getState()];
            const labelNameText = this.text();
            let labelName = this.node("identifier");
            if (this.next().token === ":") {
              labelName = labelName(labelNameText);
              this.next();
              return result("label", labelName);
            } else {
              labelName.destroy();
            }
            result.destroy();
            this.lexer.tokens.push(current);
            const statement = this.node("expressionstatement");
            const expr = this.next().read_expr();
            this.expectEndOfStatement(expr);
            return statement(expr);
          }
          case this.tok.T_GOTO: {
            const result = this.node("goto");
            let labelName = null;
            if (this.next().expect(this.tok.T_STRING)) {
              labelName = this.node("identifier");
              const name = this.text();
              this.next();
              labelName = labelName(name);
              this.expectEndOfStatement();
            }
            return result(labelName);
          }
          default: {
            const statement = this.node("expressionstatement");
            const expr = this.read_expr();
            this.expectEndOfStatement(expr);
            return statement(expr);
          }
        }
      },
      /*
       * ```ebnf
       *  code_block ::= '{' (inner_statements | top_statements) '}'
       * ```
       */
      read_code_block(top) {
        const result = this.node("block");
        this.expect("{") && this.next();
        const body = top ? this.read_top_statements() : this.read_inner_statements();
        if (body.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
          body.push(this.node("noop")());
        }
        this.expect("}") && this.next();
        return result(null, body);
      }
    };
  }
});

// node_modules/php-parser/src/parser/switch.js
var require_switch = __commonJS({
  "node_modules/php-parser/src/parser/switch.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * Reads a switch statement
       * ```ebnf
       *  switch ::= T_SWITCH '(' expr ')' switch_case_list
       * ```
       * @return {Switch}
       * @see http://php.net/manual/en/control-structures.switch.php
       */
      read_switch() {
        const result = this.node("switch");
        this.expect(this.tok.T_SWITCH) && this.next();
        this.expect("(") && this.next();
        const test = this.read_expr();
        this.expect(")") && this.next();
        const shortForm = this.token === ":";
        const body = this.read_switch_case_list();
        return result(test, body, shortForm);
      },
      /*
       * ```ebnf
       *  switch_case_list ::= '{' ';'? case_list* '}' | ':' ';'? case_list* T_ENDSWITCH ';'
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L566
       */
      read_switch_case_list() {
        let expect = null;
        const result = this.node("block");
        const items = [];
        if (this.token === "{") {
          expect = "}";
        } else if (this.token === ":") {
          expect = this.tok.T_ENDSWITCH;
        } else {
          this.expect(["{", ":"]);
        }
        this.next();
        if (this.token === ";") {
          this.next();
        }
        while (this.token !== this.EOF && this.token !== expect) {
          items.push(this.read_case_list(expect));
        }
        if (items.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
          items.push(this.node("noop")());
        }
        this.expect(expect) && this.next();
        if (expect === this.tok.T_ENDSWITCH) {
          this.expectEndOfStatement();
        }
        return result(null, items);
      },
      /*
       * ```ebnf
       *   case_list ::= ((T_CASE expr) | T_DEFAULT) (':' | ';') inner_statement*
       * ```
       */
      read_case_list(stopToken) {
        const result = this.node("case");
        let test = null;
        if (this.token === this.tok.T_CASE) {
          test = this.next().read_expr();
        } else if (this.token === this.tok.T_DEFAULT) {
          this.next();
        } else {
          this.expect([this.tok.T_CASE, this.tok.T_DEFAULT]);
        }
        this.expect([":", ";"]) && this.next();
        const body = this.node("block");
        const items = [];
        while (this.token !== this.EOF && this.token !== stopToken && this.token !== this.tok.T_CASE && this.token !== this.tok.T_DEFAULT) {
          items.push(this.read_inner_statement());
        }
        return result(test, body(null, items));
      }
    };
  }
});

// node_modules/php-parser/src/parser/try.js
var require_try = __commonJS({
  "node_modules/php-parser/src/parser/try.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * ```ebnf
       *  try ::= T_TRY '{' inner_statement* '}'
       *          (
       *              T_CATCH '(' namespace_name (variable)? ')' '{'  inner_statement* '}'
       *          )*
       *          (T_FINALLY '{' inner_statement* '}')?
       * ```
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L448
       * @return {Try}
       */
      read_try() {
        this.expect(this.tok.T_TRY);
        const result = this.node("try");
        let always = null;
        const catches = [];
        const body = this.next().read_statement();
        while (this.token === this.tok.T_CATCH) {
          const item = this.node("catch");
          this.next().expect("(") && this.next();
          const what = this.read_list(this.read_namespace_name, "|", false);
          let variable = null;
          if (this.version < 800 || this.token === this.tok.T_VARIABLE) {
            variable = this.read_variable(true, false);
          }
          this.expect(")");
          catches.push(item(this.next().read_statement(), what, variable));
        }
        if (this.token === this.tok.T_FINALLY) {
          always = this.next().read_statement();
        }
        return result(body, catches, always);
      }
    };
  }
});

// node_modules/php-parser/src/parser/utils.js
var require_utils2 = __commonJS({
  "node_modules/php-parser/src/parser/utils.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * Reads a short form of tokens
       * @param {Number} token - The ending token
       * @return {Block}
       */
      read_short_form(token) {
        const body = this.node("block");
        const items = [];
        if (this.expect(":")) this.next();
        while (this.token != this.EOF && this.token !== token) {
          items.push(this.read_inner_statement());
        }
        if (items.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
          items.push(this.node("noop")());
        }
        if (this.expect(token)) this.next();
        this.expectEndOfStatement();
        return body(null, items);
      },
      /*
       * https://wiki.php.net/rfc/trailing-comma-function-calls
       * @param {*} item
       * @param {*} separator
       */
      read_function_list(item, separator) {
        const result = [];
        do {
          if (this.token == separator && this.version >= 703 && result.length > 0) {
            result.push(this.node("noop")());
            break;
          }
          result.push(item.apply(this, []));
          if (this.token != separator) {
            break;
          }
          if (this.next().token == ")" && this.version >= 703) {
            break;
          }
        } while (this.token != this.EOF);
        return result;
      },
      /*
       * Helper : reads a list of tokens / sample : T_STRING ',' T_STRING ...
       * ```ebnf
       * list ::= separator? ( item separator )* item
       * ```
       */
      read_list(item, separator, preserveFirstSeparator) {
        const result = [];
        if (this.token == separator) {
          if (preserveFirstSeparator) {
            result.push(typeof item === "function" ? this.node("noop")() : null);
            this.next();
          } else {
            this.error();
            return result;
          }
        }
        if (typeof item === "function") {
          do {
            const itemResult = item.apply(this, []);
            if (itemResult) {
              result.push(itemResult);
            }
            if (this.token != separator) {
              break;
            }
          } while (this.next().token != this.EOF);
        } else {
          if (this.expect(item)) {
            result.push(this.text());
          } else {
            return [];
          }
          while (this.next().token != this.EOF) {
            if (this.token != separator) break;
            if (this.next().token != item) break;
            result.push(this.text());
          }
        }
        return result;
      },
      /*
       * Reads a list of names separated by a comma
       *
       * ```ebnf
       * name_list ::= namespace (',' namespace)*
       * ```
       *
       * Sample code :
       * ```php
       * <?php class foo extends bar, baz { }
       * ```
       *
       * @see https://github.com/php/php-src/blob/master/Zend/zend_language_parser.y#L726
       * @return {Reference[]}
       */
      read_name_list() {
        return this.read_list(this.read_namespace_name, ",", false);
      },
      /*
       * Reads the byref token and assign it to the specified node
       * @param {*} cb
       */
      read_byref(cb) {
        let byref = this.node("byref");
        this.next();
        byref = byref(null);
        const result = cb();
        if (result) {
          this.ast.swapLocations(result, byref, result, this);
          result.byref = true;
        }
        return result;
      },
      /*
       * Reads a list of variables declarations
       *
       * ```ebnf
       * variable_declaration ::= T_VARIABLE ('=' expr)?*
       * variable_declarations ::= variable_declaration (',' variable_declaration)*
       * ```
       *
       * Sample code :
       * ```php
       * <?php static $a = 'hello', $b = 'world';
       * ```
       * @return {StaticVariable[]} Returns an array composed by a list of variables, or
       * assign values
       */
      read_variable_declarations() {
        return this.read_list(function() {
          const node = this.node("staticvariable");
          let variable = this.node("variable");
          if (this.expect(this.tok.T_VARIABLE)) {
            const name = this.text().substring(1);
            this.next();
            variable = variable(name, false);
          } else {
            variable = variable("#ERR", false);
          }
          if (this.token === "=") {
            return node(variable, this.next().read_expr());
          } else {
            return variable;
          }
        }, ",");
      },
      /*
       * Reads class extends
       */
      read_extends_from() {
        if (this.token === this.tok.T_EXTENDS) {
          return this.next().read_namespace_name();
        }
        return null;
      },
      /*
       * Reads interface extends list
       */
      read_interface_extends_list() {
        if (this.token === this.tok.T_EXTENDS) {
          return this.next().read_name_list();
        }
        return null;
      },
      /*
       * Reads implements list
       */
      read_implements_list() {
        if (this.token === this.tok.T_IMPLEMENTS) {
          return this.next().read_name_list();
        }
        return null;
      }
    };
  }
});

// node_modules/php-parser/src/parser/variable.js
var require_variable = __commonJS({
  "node_modules/php-parser/src/parser/variable.js"(exports, module) {
    "use strict";
    module.exports = {
      /*
       * Reads a variable
       *
       * ```ebnf
       *   variable ::= &? ...complex @todo
       * ```
       *
       * Some samples of parsed code :
       * ```php
       *  &$var                      // simple var
       *  $var                      // simple var
       *  classname::CONST_NAME     // dynamic class name with const retrieval
       *  foo()                     // function call
       *  $var->func()->property    // chained calls
       * ```
       */
      read_variable(read_only, encapsed) {
        let result;
        if (this.token === "&") {
          return this.read_byref(
            this.read_variable.bind(this, read_only, encapsed)
          );
        }
        if (this.is([this.tok.T_VARIABLE, "$"])) {
          result = this.read_reference_variable(encapsed);
        } else if (this.is([
          this.tok.T_NS_SEPARATOR,
          this.tok.T_STRING,
          this.tok.T_NAME_RELATIVE,
          this.tok.T_NAME_QUALIFIED,
          this.tok.T_NAME_FULLY_QUALIFIED,
          this.tok.T_NAMESPACE
        ])) {
          result = this.node();
          const name = this.read_namespace_name();
          if (this.token != this.tok.T_DOUBLE_COLON && this.token != "(" && ["parentreference", "selfreference"].indexOf(name.kind) === -1) {
            const literal = name.name.toLowerCase();
            if (literal === "true") {
              result = name.destroy(result("boolean", true, name.name));
            } else if (literal === "false") {
              result = name.destroy(result("boolean", false, name.name));
            } else if (literal === "null") {
              result = name.destroy(result("nullkeyword", name.name));
            } else {
              result.destroy(name);
              result = name;
            }
          } else {
            result.destroy(name);
            result = name;
          }
        } else if (this.token === this.tok.T_STATIC) {
          result = this.node("staticreference");
          const raw = this.text();
          this.next();
          result = result(raw);
        } else {
          this.expect("VARIABLE");
        }
        if (this.token === this.tok.T_DOUBLE_COLON) {
          result = this.read_static_getter(result, encapsed);
        }
        return this.recursive_variable_chain_scan(result, read_only, encapsed);
      },
      // resolves a static call
      read_static_getter(what, encapsed) {
        const result = this.node("staticlookup");
        let offset, name;
        if (this.next().is([this.tok.T_VARIABLE, "$"])) {
          offset = this.read_reference_variable(encapsed);
        } else if (this.token === this.tok.T_STRING || this.token === this.tok.T_CLASS || this.version >= 700 && this.is("IDENTIFIER")) {
          offset = this.node("identifier");
          name = this.text();
          this.next();
          offset = offset(name);
        } else if (this.token === "{") {
          offset = this.node("literal");
          name = this.next().read_expr();
          this.expect("}") && this.next();
          offset = offset("literal", name, null);
        } else {
          this.error([this.tok.T_VARIABLE, this.tok.T_STRING]);
          offset = this.node("identifier");
          name = this.text();
          this.next();
          offset = offset(name);
        }
        return result(what, offset);
      },
      read_what(is_static_lookup = false) {
        let what;
        let name;
        switch (this.next().token) {
          case this.tok.T_STRING:
            what = this.node("identifier");
            name = this.text();
            this.next();
            what = what(name);
            if (is_static_lookup && this.token === this.tok.T_OBJECT_OPERATOR) {
              this.error();
            }
            break;
          case this.tok.T_VARIABLE:
            what = this.node("variable");
            name = this.text().substring(1);
            this.next();
            what = what(name, false);
            break;
          case this.tok.T_CLASS:
            if (!is_static_lookup) {
              this.error();
            }
            what = this.node("identifier");
            name = this.text();
            this.next();
            what = what(name, false);
            break;
          case "$":
            what = this.node();
            this.next().expect(["$", "{", this.tok.T_VARIABLE]);
            if (this.token === "{") {
              name = this.next().read_expr();
              this.expect("}") && this.next();
              what = what("variable", name, true);
            } else {
              name = this.read_expr();
              what = what("variable", name, false);
            }
            break;
          case "{":
            what = this.node("encapsedpart");
            name = this.next().read_expr();
            this.expect("}") && this.next();
            what = what(name, "complex", false);
            break;
          default:
            this.error([this.tok.T_STRING, this.tok.T_VARIABLE, "$", "{"]);
            what = this.node("identifier");
            name = this.text();
            this.next();
            what = what(name);
            break;
        }
        return what;
      },
      recursive_variable_chain_scan(result, read_only, encapsed) {
        let node, offset;
        recursive_scan_loop: while (this.token != this.EOF) {
          switch (this.token) {
            case "(":
              if (read_only) {
                return result;
              } else {
                result = this.node("call")(result, this.read_argument_list());
              }
              break;
            case "[":
            case "{": {
              const backet = this.token;
              const isSquareBracket = backet === "[";
              node = this.node("offsetlookup");
              this.next();
              offset = false;
              if (encapsed) {
                offset = this.read_encaps_var_offset();
                this.expect(isSquareBracket ? "]" : "}") && this.next();
              } else {
                const isCallableVariable = isSquareBracket ? this.token !== "]" : this.token !== "}";
                if (isCallableVariable) {
                  offset = this.read_expr();
                  this.expect(isSquareBracket ? "]" : "}") && this.next();
                } else {
                  this.next();
                }
              }
              result = node(result, offset);
              break;
            }
            case this.tok.T_DOUBLE_COLON:
              node = this.node("staticlookup");
              result = node(result, this.read_what(true));
              break;
            case this.tok.T_OBJECT_OPERATOR: {
              node = this.node("propertylookup");
              result = node(result, this.read_what());
              break;
            }
            case this.tok.T_NULLSAFE_OBJECT_OPERATOR: {
              node = this.node("nullsafepropertylookup");
              result = node(result, this.read_what());
              break;
            }
            default:
              break recursive_scan_loop;
          }
        }
        return result;
      },
      /*
       * https://github.com/php/php-src/blob/493524454d66adde84e00d249d607ecd540de99f/Zend/zend_language_parser.y#L1231
       */
      read_encaps_var_offset() {
        let offset = this.node();
        if (this.token === this.tok.T_STRING) {
          const text = this.text();
          this.next();
          offset = offset("identifier", text);
        } else if (this.token === this.tok.T_NUM_STRING) {
          const num = this.text();
          this.next();
          offset = offset("number", num, null);
        } else if (this.token === "-") {
          this.next();
          const num = -1 * this.text();
          this.expect(this.tok.T_NUM_STRING) && this.next();
          offset = offset("number", num, null);
        } else if (this.token === this.tok.T_VARIABLE) {
          const name = this.text().substring(1);
          this.next();
          offset = offset("variable", name, false);
        } else {
          this.expect([
            this.tok.T_STRING,
            this.tok.T_NUM_STRING,
            "-",
            this.tok.T_VARIABLE
          ]);
          const text = this.text();
          this.next();
          offset = offset("identifier", text);
        }
        return offset;
      },
      /*
       * ```ebnf
       *  reference_variable ::=  simple_variable ('[' OFFSET ']')* | '{' EXPR '}'
       * ```
       * <code>
       *  $foo[123];      // foo is an array ==> gets its entry
       *  $foo{1};        // foo is a string ==> get the 2nd char offset
       *  ${'foo'}[123];  // get the dynamic var $foo
       *  $foo[123]{1};   // gets the 2nd char from the 123 array entry
       * </code>
       */
      read_reference_variable(encapsed) {
        let result = this.read_simple_variable();
        let offset;
        while (this.token != this.EOF) {
          const node = this.node();
          if (this.token == "{" && !encapsed) {
            offset = this.next().read_expr();
            this.expect("}") && this.next();
            result = node("offsetlookup", result, offset);
          } else {
            node.destroy();
            break;
          }
        }
        return result;
      },
      /*
       * ```ebnf
       *  simple_variable ::= T_VARIABLE | '$' '{' expr '}' | '$' simple_variable
       * ```
       */
      read_simple_variable() {
        let result = this.node("variable");
        let name;
        if (this.expect([this.tok.T_VARIABLE, "$"]) && this.token === this.tok.T_VARIABLE) {
          name = this.text().substring(1);
          this.next();
          result = result(name, false);
        } else {
          if (this.token === "$") this.next();
          switch (this.token) {
            case "{": {
              const expr = this.next().read_expr();
              this.expect("}") && this.next();
              result = result(expr, true);
              break;
            }
            case "$":
              result = result(this.read_simple_variable(), false);
              break;
            case this.tok.T_VARIABLE: {
              name = this.text().substring(1);
              const node = this.node("variable");
              this.next();
              result = result(node(name, false), false);
              break;
            }
            default:
              this.error(["{", "$", this.tok.T_VARIABLE]);
              name = this.text();
              this.next();
              result = result(name, false);
          }
        }
        return result;
      }
    };
  }
});

// node_modules/php-parser/src/parser.js
var require_parser = __commonJS({
  "node_modules/php-parser/src/parser.js"(exports, module) {
    "use strict";
    var Position = require_position();
    function isNumber(n) {
      return n != "." && n != "," && !isNaN(parseFloat(n)) && isFinite(n);
    }
    var Parser = function(lexer, ast) {
      this.lexer = lexer;
      this.ast = ast;
      this.tok = lexer.tok;
      this.EOF = lexer.EOF;
      this.token = null;
      this.prev = null;
      this.debug = false;
      this.version = 803;
      this.extractDoc = false;
      this.extractTokens = false;
      this.suppressErrors = false;
      const mapIt = function(item) {
        return [item, null];
      };
      this.entries = {
        // reserved_non_modifiers
        IDENTIFIER: new Map(
          [
            this.tok.T_ABSTRACT,
            this.tok.T_ARRAY,
            this.tok.T_AS,
            this.tok.T_BREAK,
            this.tok.T_CALLABLE,
            this.tok.T_CASE,
            this.tok.T_CATCH,
            this.tok.T_CLASS,
            this.tok.T_CLASS_C,
            this.tok.T_CLONE,
            this.tok.T_CONST,
            this.tok.T_CONTINUE,
            this.tok.T_DECLARE,
            this.tok.T_DEFAULT,
            this.tok.T_DIR,
            this.tok.T_DO,
            this.tok.T_ECHO,
            this.tok.T_ELSE,
            this.tok.T_ELSEIF,
            this.tok.T_EMPTY,
            this.tok.T_ENDDECLARE,
            this.tok.T_ENDFOR,
            this.tok.T_ENDFOREACH,
            this.tok.T_ENDIF,
            this.tok.T_ENDSWITCH,
            this.tok.T_ENDWHILE,
            this.tok.T_ENUM,
            this.tok.T_EVAL,
            this.tok.T_EXIT,
            this.tok.T_EXTENDS,
            this.tok.T_FILE,
            this.tok.T_FINAL,
            this.tok.T_FINALLY,
            this.tok.T_FN,
            this.tok.T_FOR,
            this.tok.T_FOREACH,
            this.tok.T_FUNC_C,
            this.tok.T_FUNCTION,
            this.tok.T_GLOBAL,
            this.tok.T_GOTO,
            this.tok.T_IF,
            this.tok.T_IMPLEMENTS,
            this.tok.T_INCLUDE,
            this.tok.T_INCLUDE_ONCE,
            this.tok.T_INSTANCEOF,
            this.tok.T_INSTEADOF,
            this.tok.T_INTERFACE,
            this.tok.T_ISSET,
            this.tok.T_LINE,
            this.tok.T_LIST,
            this.tok.T_LOGICAL_AND,
            this.tok.T_LOGICAL_OR,
            this.tok.T_LOGICAL_XOR,
            this.tok.T_MATCH,
            this.tok.T_METHOD_C,
            this.tok.T_NAMESPACE,
            this.tok.T_NEW,
            this.tok.T_NS_C,
            this.tok.T_PRINT,
            this.tok.T_PRIVATE,
            this.tok.T_PROTECTED,
            this.tok.T_PUBLIC,
            this.tok.T_READ_ONLY,
            this.tok.T_REQUIRE,
            this.tok.T_REQUIRE_ONCE,
            this.tok.T_RETURN,
            this.tok.T_STATIC,
            this.tok.T_SWITCH,
            this.tok.T_THROW,
            this.tok.T_TRAIT,
            this.tok.T_TRY,
            this.tok.T_UNSET,
            this.tok.T_USE,
            this.tok.T_VAR,
            this.tok.T_WHILE,
            this.tok.T_YIELD
          ].map(mapIt)
        ),
        VARIABLE: new Map(
          [
            this.tok.T_VARIABLE,
            "$",
            "&",
            this.tok.T_STRING,
            this.tok.T_NAME_RELATIVE,
            this.tok.T_NAME_QUALIFIED,
            this.tok.T_NAME_FULLY_QUALIFIED,
            this.tok.T_NAMESPACE,
            this.tok.T_STATIC
          ].map(mapIt)
        ),
        SCALAR: new Map(
          [
            this.tok.T_CONSTANT_ENCAPSED_STRING,
            this.tok.T_START_HEREDOC,
            this.tok.T_LNUMBER,
            this.tok.T_DNUMBER,
            this.tok.T_ARRAY,
            "[",
            this.tok.T_CLASS_C,
            this.tok.T_TRAIT_C,
            this.tok.T_FUNC_C,
            this.tok.T_METHOD_C,
            this.tok.T_LINE,
            this.tok.T_FILE,
            this.tok.T_DIR,
            this.tok.T_NS_C,
            '"',
            'b"',
            'B"',
            "-",
            this.tok.T_NS_SEPARATOR
          ].map(mapIt)
        ),
        T_MAGIC_CONST: new Map(
          [
            this.tok.T_CLASS_C,
            this.tok.T_TRAIT_C,
            this.tok.T_FUNC_C,
            this.tok.T_METHOD_C,
            this.tok.T_LINE,
            this.tok.T_FILE,
            this.tok.T_DIR,
            this.tok.T_NS_C
          ].map(mapIt)
        ),
        T_MEMBER_FLAGS: new Map(
          [
            this.tok.T_PUBLIC,
            this.tok.T_PRIVATE,
            this.tok.T_PROTECTED,
            this.tok.T_STATIC,
            this.tok.T_ABSTRACT,
            this.tok.T_FINAL,
            this.tok.T_READ_ONLY
          ].map(mapIt)
        ),
        EOS: new Map([";", this.EOF, this.tok.T_INLINE_HTML].map(mapIt)),
        EXPR: new Map(
          [
            "@",
            "-",
            "+",
            "!",
            "~",
            "(",
            "`",
            this.tok.T_LIST,
            this.tok.T_CLONE,
            this.tok.T_INC,
            this.tok.T_DEC,
            this.tok.T_NEW,
            this.tok.T_ISSET,
            this.tok.T_EMPTY,
            this.tok.T_MATCH,
            this.tok.T_INCLUDE,
            this.tok.T_INCLUDE_ONCE,
            this.tok.T_REQUIRE,
            this.tok.T_REQUIRE_ONCE,
            this.tok.T_EVAL,
            this.tok.T_INT_CAST,
            this.tok.T_DOUBLE_CAST,
            this.tok.T_STRING_CAST,
            this.tok.T_ARRAY_CAST,
            this.tok.T_OBJECT_CAST,
            this.tok.T_BOOL_CAST,
            this.tok.T_UNSET_CAST,
            this.tok.T_EXIT,
            this.tok.T_PRINT,
            this.tok.T_YIELD,
            this.tok.T_STATIC,
            this.tok.T_FUNCTION,
            this.tok.T_FN,
            // using VARIABLES :
            this.tok.T_VARIABLE,
            "$",
            this.tok.T_NS_SEPARATOR,
            this.tok.T_STRING,
            this.tok.T_NAME_RELATIVE,
            this.tok.T_NAME_QUALIFIED,
            this.tok.T_NAME_FULLY_QUALIFIED,
            // using SCALAR :
            this.tok.T_STRING,
            // @see variable.js line 45 > conflict with variable = shift/reduce :)
            this.tok.T_CONSTANT_ENCAPSED_STRING,
            this.tok.T_START_HEREDOC,
            this.tok.T_LNUMBER,
            this.tok.T_DNUMBER,
            this.tok.T_ARRAY,
            "[",
            this.tok.T_CLASS_C,
            this.tok.T_TRAIT_C,
            this.tok.T_FUNC_C,
            this.tok.T_METHOD_C,
            this.tok.T_LINE,
            this.tok.T_FILE,
            this.tok.T_DIR,
            this.tok.T_NS_C,
            '"',
            'b"',
            'B"',
            "-",
            this.tok.T_NS_SEPARATOR
          ].map(mapIt)
        )
      };
    };
    Parser.prototype.getTokenName = function(token) {
      if (!isNumber(token)) {
        return "'" + token + "'";
      } else {
        if (token == this.EOF) return "the end of file (EOF)";
        return this.lexer.engine.tokens.values[token];
      }
    };
    Parser.prototype.parse = function(code2, filename) {
      this._errors = [];
      this.filename = filename || "eval";
      this.currentNamespace = [""];
      if (this.extractDoc) {
        this._docs = [];
      } else {
        this._docs = null;
      }
      if (this.extractTokens) {
        this._tokens = [];
      } else {
        this._tokens = null;
      }
      this._docIndex = 0;
      this._lastNode = null;
      this.lexer.setInput(code2);
      this.lexer.all_tokens = this.extractTokens;
      this.lexer.comment_tokens = this.extractDoc;
      this.length = this.lexer._input.length;
      this.innerList = false;
      this.innerListForm = false;
      const program = this.node("program");
      const childs = [];
      this.next();
      while (this.token != this.EOF) {
        childs.push(this.read_start());
      }
      if (childs.length === 0 && this.extractDoc && this._docs.length > this._docIndex) {
        childs.push(this.node("noop")());
      }
      this.prev = [
        this.lexer.yylloc.last_line,
        this.lexer.yylloc.last_column,
        this.lexer.offset
      ];
      const result = program(childs, this._errors, this._docs, this._tokens);
      if (this.debug) {
        const errors = this.ast.checkNodes();
        if (errors.length > 0) {
          errors.forEach(function(error) {
            if (error.position) {
              console.log(
                "Node at line " + error.position.line + ", column " + error.position.column
              );
            }
            console.log(error.stack.join("\n"));
          });
          throw new Error("Some nodes are not closed");
        }
      }
      return result;
    };
    Parser.prototype.raiseError = function(message, msgExpect, expect, token) {
      message += " on line " + this.lexer.yylloc.first_line;
      if (!this.suppressErrors) {
        const err = new SyntaxError(
          message,
          this.filename,
          this.lexer.yylloc.first_line
        );
        err.lineNumber = this.lexer.yylloc.first_line;
        err.fileName = this.filename;
        err.columnNumber = this.lexer.yylloc.first_column;
        throw err;
      }
      const savedPrev = this.prev;
      this.prev = [
        this.lexer.yylloc.last_line,
        this.lexer.yylloc.last_column,
        this.lexer.offset
      ];
      const node = this.ast.prepare("error", null, this)(
        message,
        token,
        this.lexer.yylloc.first_line,
        expect
      );
      this.prev = savedPrev;
      this._errors.push(node);
      return node;
    };
    Parser.prototype.error = function(expect) {
      let msg = "Parse Error : syntax error";
      let token = this.getTokenName(this.token);
      let msgExpect = "";
      if (this.token !== this.EOF) {
        if (isNumber(this.token)) {
          let symbol = this.text();
          if (symbol.length > 10) {
            symbol = symbol.substring(0, 7) + "...";
          }
          token = "'" + symbol + "' (" + token + ")";
        }
        msg += ", unexpected " + token;
      }
      if (expect && !Array.isArray(expect)) {
        if (isNumber(expect) || expect.length === 1) {
          msgExpect = ", expecting " + this.getTokenName(expect);
        }
        msg += msgExpect;
      }
      return this.raiseError(msg, msgExpect, expect, token);
    };
    Parser.prototype.position = function() {
      return new Position(
        this.lexer.yylloc.first_line,
        this.lexer.yylloc.first_column,
        this.lexer.yylloc.first_offset
      );
    };
    Parser.prototype.node = function(name) {
      if (this.extractDoc) {
        let docs = null;
        if (this._docIndex < this._docs.length) {
          docs = this._docs.slice(this._docIndex);
          this._docIndex = this._docs.length;
          if (this.debug) {
            console.log(new Error("Append docs on " + name));
            console.log(docs);
          }
        }
        const node = this.ast.prepare(name, docs, this);
        node.postBuild = function(self) {
          if (this._docIndex < this._docs.length) {
            if (this._lastNode) {
              const offset = this.prev[2];
              let max = this._docIndex;
              for (; max < this._docs.length; max++) {
                if (this._docs[max].offset > offset) {
                  break;
                }
              }
              if (max > this._docIndex) {
                this._lastNode.setTrailingComments(
                  this._docs.slice(this._docIndex, max)
                );
                this._docIndex = max;
              }
            } else if (this.token === this.EOF) {
              self.setTrailingComments(this._docs.slice(this._docIndex));
              this._docIndex = this._docs.length;
            }
          }
          this._lastNode = self;
        }.bind(this);
        return node;
      }
      return this.ast.prepare(name, null, this);
    };
    Parser.prototype.expectEndOfStatement = function(node) {
      if (this.token === ";") {
        if (node && this.lexer.yytext === ";") {
          node.includeToken(this);
        }
      } else if (this.token !== this.tok.T_INLINE_HTML && this.token !== this.EOF) {
        this.error(";");
        return false;
      }
      this.next();
      return true;
    };
    var ignoreStack = ["parser.next", "parser.node", "parser.showlog"];
    Parser.prototype.showlog = function() {
      const stack = new Error().stack.split("\n");
      let line;
      for (let offset = 2; offset < stack.length; offset++) {
        line = stack[offset].trim();
        let found = false;
        for (let i = 0; i < ignoreStack.length; i++) {
          if (line.substring(3, 3 + ignoreStack[i].length) === ignoreStack[i]) {
            found = true;
            break;
          }
        }
        if (!found) {
          break;
        }
      }
      console.log(
        "Line " + this.lexer.yylloc.first_line + " : " + this.getTokenName(this.token) + ">" + this.lexer.yytext + "< @-->" + line
      );
      return this;
    };
    Parser.prototype.expect = function(token) {
      if (Array.isArray(token)) {
        if (token.indexOf(this.token) === -1) {
          this.error(token);
          return false;
        }
      } else if (this.token != token) {
        this.error(token);
        return false;
      }
      return true;
    };
    Parser.prototype.text = function() {
      return this.lexer.yytext;
    };
    Parser.prototype.next = function() {
      if (this.token !== ";" || this.lexer.yytext === ";") {
        this.prev = [
          this.lexer.yylloc.last_line,
          this.lexer.yylloc.last_column,
          this.lexer.offset
        ];
      }
      this.lex();
      if (this.debug) {
        this.showlog();
      }
      if (this.extractDoc) {
        while (this.token === this.tok.T_COMMENT || this.token === this.tok.T_DOC_COMMENT) {
          if (this.token === this.tok.T_COMMENT) {
            this._docs.push(this.read_comment());
          } else {
            this._docs.push(this.read_doc_comment());
          }
        }
      }
      return this;
    };
    Parser.prototype.peek = function() {
      const lexerState = this.lexer.getState();
      const nextToken = this.lexer.lex();
      this.lexer.setState(lexerState);
      return nextToken;
    };
    Parser.prototype.lex = function() {
      if (this.extractTokens) {
        do {
          this.token = this.lexer.lex() || /* istanbul ignore next */
          this.EOF;
          if (this.token === this.EOF) return this;
          let entry = this.lexer.yytext;
          if (Object.prototype.hasOwnProperty.call(
            this.lexer.engine.tokens.values,
            this.token
          )) {
            entry = [
              this.lexer.engine.tokens.values[this.token],
              entry,
              this.lexer.yylloc.first_line,
              this.lexer.yylloc.first_offset,
              this.lexer.offset
            ];
          } else {
            entry = [
              null,
              entry,
              this.lexer.yylloc.first_line,
              this.lexer.yylloc.first_offset,
              this.lexer.offset
            ];
          }
          this._tokens.push(entry);
          if (this.token === this.tok.T_CLOSE_TAG) {
            this.token = ";";
            return this;
          } else if (this.token === this.tok.T_OPEN_TAG_WITH_ECHO) {
            this.token = this.tok.T_ECHO;
            return this;
          }
        } while (this.token === this.tok.T_WHITESPACE || // ignore white space
        !this.extractDoc && (this.token === this.tok.T_COMMENT || // ignore single lines comments
        this.token === this.tok.T_DOC_COMMENT) || // ignore doc comments
        // ignore open tags
        this.token === this.tok.T_OPEN_TAG);
      } else {
        this.token = this.lexer.lex() || /* istanbul ignore next */
        this.EOF;
      }
      return this;
    };
    Parser.prototype.is = function(type) {
      if (Array.isArray(type)) {
        return type.indexOf(this.token) !== -1;
      }
      return this.entries[type].has(this.token);
    };
    [
      require_array(),
      require_class(),
      require_comment(),
      require_expr(),
      require_enum(),
      require_function(),
      require_if(),
      require_loops(),
      require_main(),
      require_namespace(),
      require_scalar(),
      require_statement(),
      require_switch(),
      require_try(),
      require_utils2(),
      require_variable()
    ].forEach(function(ext) {
      for (const k in ext) {
        if (Object.prototype.hasOwnProperty.call(Parser.prototype, k)) {
          throw new Error("Function " + k + " is already defined - collision");
        }
        Parser.prototype[k] = ext[k];
      }
    });
    module.exports = Parser;
  }
});

// node_modules/php-parser/src/tokens.js
var require_tokens2 = __commonJS({
  "node_modules/php-parser/src/tokens.js"(exports, module) {
    "use strict";
    var TokenNames = {
      T_HALT_COMPILER: 101,
      T_USE: 102,
      T_ENCAPSED_AND_WHITESPACE: 103,
      T_OBJECT_OPERATOR: 104,
      T_STRING: 105,
      T_DOLLAR_OPEN_CURLY_BRACES: 106,
      T_STRING_VARNAME: 107,
      T_CURLY_OPEN: 108,
      T_NUM_STRING: 109,
      T_ISSET: 110,
      T_EMPTY: 111,
      T_INCLUDE: 112,
      T_INCLUDE_ONCE: 113,
      T_EVAL: 114,
      T_REQUIRE: 115,
      T_REQUIRE_ONCE: 116,
      T_NAMESPACE: 117,
      T_NS_SEPARATOR: 118,
      T_AS: 119,
      T_IF: 120,
      T_ENDIF: 121,
      T_WHILE: 122,
      T_DO: 123,
      T_FOR: 124,
      T_SWITCH: 125,
      T_BREAK: 126,
      T_CONTINUE: 127,
      T_RETURN: 128,
      T_GLOBAL: 129,
      T_STATIC: 130,
      T_ECHO: 131,
      T_INLINE_HTML: 132,
      T_UNSET: 133,
      T_FOREACH: 134,
      T_DECLARE: 135,
      T_TRY: 136,
      T_THROW: 137,
      T_GOTO: 138,
      T_FINALLY: 139,
      T_CATCH: 140,
      T_ENDDECLARE: 141,
      T_LIST: 142,
      T_CLONE: 143,
      T_PLUS_EQUAL: 144,
      T_MINUS_EQUAL: 145,
      T_MUL_EQUAL: 146,
      T_DIV_EQUAL: 147,
      T_CONCAT_EQUAL: 148,
      T_MOD_EQUAL: 149,
      T_AND_EQUAL: 150,
      T_OR_EQUAL: 151,
      T_XOR_EQUAL: 152,
      T_SL_EQUAL: 153,
      T_SR_EQUAL: 154,
      T_INC: 155,
      T_DEC: 156,
      T_BOOLEAN_OR: 157,
      T_BOOLEAN_AND: 158,
      T_LOGICAL_OR: 159,
      T_LOGICAL_AND: 160,
      T_LOGICAL_XOR: 161,
      T_SL: 162,
      T_SR: 163,
      T_IS_IDENTICAL: 164,
      T_IS_NOT_IDENTICAL: 165,
      T_IS_EQUAL: 166,
      T_IS_NOT_EQUAL: 167,
      T_IS_SMALLER_OR_EQUAL: 168,
      T_IS_GREATER_OR_EQUAL: 169,
      T_INSTANCEOF: 170,
      T_INT_CAST: 171,
      T_DOUBLE_CAST: 172,
      T_STRING_CAST: 173,
      T_ARRAY_CAST: 174,
      T_OBJECT_CAST: 175,
      T_BOOL_CAST: 176,
      T_UNSET_CAST: 177,
      T_EXIT: 178,
      T_PRINT: 179,
      T_YIELD: 180,
      T_YIELD_FROM: 181,
      T_FUNCTION: 182,
      T_DOUBLE_ARROW: 183,
      T_DOUBLE_COLON: 184,
      T_ARRAY: 185,
      T_CALLABLE: 186,
      T_CLASS: 187,
      T_ABSTRACT: 188,
      T_TRAIT: 189,
      T_FINAL: 190,
      T_EXTENDS: 191,
      T_INTERFACE: 192,
      T_IMPLEMENTS: 193,
      T_VAR: 194,
      T_PUBLIC: 195,
      T_PROTECTED: 196,
      T_PRIVATE: 197,
      T_CONST: 198,
      T_NEW: 199,
      T_INSTEADOF: 200,
      T_ELSEIF: 201,
      T_ELSE: 202,
      T_ENDSWITCH: 203,
      T_CASE: 204,
      T_DEFAULT: 205,
      T_ENDFOR: 206,
      T_ENDFOREACH: 207,
      T_ENDWHILE: 208,
      T_CONSTANT_ENCAPSED_STRING: 209,
      T_LNUMBER: 210,
      T_DNUMBER: 211,
      T_LINE: 212,
      T_FILE: 213,
      T_DIR: 214,
      T_TRAIT_C: 215,
      T_METHOD_C: 216,
      T_FUNC_C: 217,
      T_NS_C: 218,
      T_START_HEREDOC: 219,
      T_END_HEREDOC: 220,
      T_CLASS_C: 221,
      T_VARIABLE: 222,
      T_OPEN_TAG: 223,
      T_OPEN_TAG_WITH_ECHO: 224,
      T_CLOSE_TAG: 225,
      T_WHITESPACE: 226,
      T_COMMENT: 227,
      T_DOC_COMMENT: 228,
      T_ELLIPSIS: 229,
      T_COALESCE: 230,
      T_POW: 231,
      T_POW_EQUAL: 232,
      T_SPACESHIP: 233,
      T_COALESCE_EQUAL: 234,
      T_FN: 235,
      T_NULLSAFE_OBJECT_OPERATOR: 236,
      T_MATCH: 237,
      T_ATTRIBUTE: 238,
      T_ENUM: 239,
      T_READ_ONLY: 240,
      T_NAME_RELATIVE: 241,
      T_NAME_QUALIFIED: 242,
      T_NAME_FULLY_QUALIFIED: 243,
      T_PIPE: 244
    };
    var tokens = {
      values: Object.entries(TokenNames).reduce(
        (result, [key, value]) => ({ ...result, [value]: key }),
        {}
      ),
      names: TokenNames
    };
    module.exports = Object.freeze(tokens);
  }
});

// node_modules/php-parser/src/ast/location.js
var require_location = __commonJS({
  "node_modules/php-parser/src/ast/location.js"(exports, module) {
    "use strict";
    var Location = function(source, start, end) {
      this.source = source;
      this.start = start;
      this.end = end;
    };
    module.exports = Location;
  }
});

// node_modules/php-parser/src/ast/node.js
var require_node = __commonJS({
  "node_modules/php-parser/src/ast/node.js"(exports, module) {
    "use strict";
    var Node = function Node2(kind, docs, location) {
      this.kind = kind;
      if (docs) {
        this.leadingComments = docs;
      }
      if (location) {
        this.loc = location;
      }
    };
    Node.prototype.setTrailingComments = function(docs) {
      this.trailingComments = docs;
    };
    Node.prototype.destroy = function(node) {
      if (!node) {
        throw new Error(
          "Node already initialized, you must swap with another node"
        );
      }
      if (this.leadingComments) {
        if (node.leadingComments) {
          node.leadingComments = Array.concat(
            this.leadingComments,
            node.leadingComments
          );
        } else {
          node.leadingComments = this.leadingComments;
        }
      }
      if (this.trailingComments) {
        if (node.trailingComments) {
          node.trailingComments = Array.concat(
            this.trailingComments,
            node.trailingComments
          );
        } else {
          node.trailingComments = this.trailingComments;
        }
      }
      return node;
    };
    Node.prototype.includeToken = function(parser) {
      if (this.loc) {
        if (this.loc.end) {
          this.loc.end.line = parser.lexer.yylloc.last_line;
          this.loc.end.column = parser.lexer.yylloc.last_column;
          this.loc.end.offset = parser.lexer.offset;
        }
        if (parser.ast.withSource) {
          this.loc.source = parser.lexer._input.substring(
            this.loc.start.offset,
            parser.lexer.offset
          );
        }
      }
      return this;
    };
    Node.extends = function(type, constructor) {
      constructor.prototype = Object.create(this.prototype);
      constructor.extends = this.extends;
      constructor.prototype.constructor = constructor;
      constructor.kind = type;
      return constructor;
    };
    module.exports = Node;
  }
});

// node_modules/php-parser/src/ast/expression.js
var require_expression = __commonJS({
  "node_modules/php-parser/src/ast/expression.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "expression";
    module.exports = Node.extends(KIND, function Expression(kind, docs, location) {
      Node.apply(this, [kind || KIND, docs, location]);
    });
  }
});

// node_modules/php-parser/src/ast/array.js
var require_array2 = __commonJS({
  "node_modules/php-parser/src/ast/array.js"(exports, module) {
    "use strict";
    var Expr = require_expression();
    var KIND = "array";
    module.exports = Expr.extends(
      KIND,
      function Array2(shortForm, items, docs, location) {
        Expr.apply(this, [KIND, docs, location]);
        this.items = items;
        this.shortForm = shortForm;
      }
    );
  }
});

// node_modules/php-parser/src/ast/arrowfunc.js
var require_arrowfunc = __commonJS({
  "node_modules/php-parser/src/ast/arrowfunc.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "arrowfunc";
    module.exports = Expression.extends(
      KIND,
      function Closure(args, byref, body, type, nullable, isStatic, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.arguments = args;
        this.byref = byref;
        this.body = body;
        this.type = type;
        this.nullable = nullable;
        this.isStatic = isStatic || false;
      }
    );
  }
});

// node_modules/php-parser/src/ast/assign.js
var require_assign = __commonJS({
  "node_modules/php-parser/src/ast/assign.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "assign";
    module.exports = Expression.extends(
      KIND,
      function Assign(left, right, operator, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.left = left;
        this.right = right;
        this.operator = operator;
      }
    );
  }
});

// node_modules/php-parser/src/ast/assignref.js
var require_assignref = __commonJS({
  "node_modules/php-parser/src/ast/assignref.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "assignref";
    module.exports = Expression.extends(
      KIND,
      function AssignRef(left, right, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.left = left;
        this.right = right;
      }
    );
  }
});

// node_modules/php-parser/src/ast/attribute.js
var require_attribute2 = __commonJS({
  "node_modules/php-parser/src/ast/attribute.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "attribute";
    module.exports = Node.extends(
      KIND,
      function Attribute(name, args, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.name = name;
        this.args = args;
      }
    );
  }
});

// node_modules/php-parser/src/ast/attrgroup.js
var require_attrgroup = __commonJS({
  "node_modules/php-parser/src/ast/attrgroup.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "attrgroup";
    module.exports = Node.extends(KIND, function AttrGroup(attrs, docs, location) {
      Node.apply(this, [KIND, docs, location]);
      this.attrs = attrs || [];
    });
  }
});

// node_modules/php-parser/src/ast/operation.js
var require_operation = __commonJS({
  "node_modules/php-parser/src/ast/operation.js"(exports, module) {
    "use strict";
    var Expr = require_expression();
    var KIND = "operation";
    module.exports = Expr.extends(KIND, function Operation(kind, docs, location) {
      Expr.apply(this, [kind || KIND, docs, location]);
    });
  }
});

// node_modules/php-parser/src/ast/bin.js
var require_bin = __commonJS({
  "node_modules/php-parser/src/ast/bin.js"(exports, module) {
    "use strict";
    var Operation = require_operation();
    var KIND = "bin";
    module.exports = Operation.extends(
      KIND,
      function Bin(type, left, right, docs, location) {
        Operation.apply(this, [KIND, docs, location]);
        this.type = type;
        this.left = left;
        this.right = right;
      }
    );
  }
});

// node_modules/php-parser/src/ast/statement.js
var require_statement2 = __commonJS({
  "node_modules/php-parser/src/ast/statement.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "statement";
    module.exports = Node.extends(KIND, function Statement(kind, docs, location) {
      Node.apply(this, [kind || KIND, docs, location]);
    });
  }
});

// node_modules/php-parser/src/ast/block.js
var require_block = __commonJS({
  "node_modules/php-parser/src/ast/block.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "block";
    module.exports = Statement.extends(
      KIND,
      function Block(kind, children2, docs, location) {
        Statement.apply(this, [kind || KIND, docs, location]);
        this.children = children2.filter(Boolean);
      }
    );
  }
});

// node_modules/php-parser/src/ast/literal.js
var require_literal = __commonJS({
  "node_modules/php-parser/src/ast/literal.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "literal";
    module.exports = Expression.extends(
      KIND,
      function Literal(kind, value, raw, docs, location) {
        Expression.apply(this, [kind || KIND, docs, location]);
        this.value = value;
        if (raw) {
          this.raw = raw;
        }
      }
    );
  }
});

// node_modules/php-parser/src/ast/boolean.js
var require_boolean = __commonJS({
  "node_modules/php-parser/src/ast/boolean.js"(exports, module) {
    "use strict";
    var Literal = require_literal();
    var KIND = "boolean";
    module.exports = Literal.extends(
      KIND,
      function Boolean2(value, raw, docs, location) {
        Literal.apply(this, [KIND, value, raw, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/break.js
var require_break = __commonJS({
  "node_modules/php-parser/src/ast/break.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "break";
    module.exports = Statement.extends(KIND, function Break(level, docs, location) {
      Statement.apply(this, [KIND, docs, location]);
      this.level = level;
    });
  }
});

// node_modules/php-parser/src/ast/byref.js
var require_byref = __commonJS({
  "node_modules/php-parser/src/ast/byref.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "byref";
    module.exports = Expression.extends(KIND, function ByRef(what, docs, location) {
      Expression.apply(this, [KIND, docs, location]);
      this.what = what;
    });
  }
});

// node_modules/php-parser/src/ast/call.js
var require_call = __commonJS({
  "node_modules/php-parser/src/ast/call.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "call";
    module.exports = Expression.extends(
      KIND,
      function Call(what, args, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.what = what;
        this.arguments = args;
      }
    );
  }
});

// node_modules/php-parser/src/ast/case.js
var require_case = __commonJS({
  "node_modules/php-parser/src/ast/case.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "case";
    module.exports = Statement.extends(
      KIND,
      function Case(test, body, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.test = test;
        this.body = body;
      }
    );
  }
});

// node_modules/php-parser/src/ast/cast.js
var require_cast = __commonJS({
  "node_modules/php-parser/src/ast/cast.js"(exports, module) {
    "use strict";
    var Operation = require_operation();
    var KIND = "cast";
    module.exports = Operation.extends(
      KIND,
      function Cast(type, raw, expr, docs, location) {
        Operation.apply(this, [KIND, docs, location]);
        this.type = type;
        this.raw = raw;
        this.expr = expr;
      }
    );
  }
});

// node_modules/php-parser/src/ast/catch.js
var require_catch = __commonJS({
  "node_modules/php-parser/src/ast/catch.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "catch";
    module.exports = Statement.extends(
      KIND,
      function Catch(body, what, variable, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.body = body;
        this.what = what;
        this.variable = variable;
      }
    );
  }
});

// node_modules/php-parser/src/ast/declaration.js
var require_declaration = __commonJS({
  "node_modules/php-parser/src/ast/declaration.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "declaration";
    var IS_UNDEFINED = "";
    var IS_PUBLIC = "public";
    var IS_PROTECTED = "protected";
    var IS_PRIVATE = "private";
    var VISIBILITY_MAP = [IS_PUBLIC, IS_PROTECTED, IS_PRIVATE];
    var Declaration = Statement.extends(
      KIND,
      function Declaration2(kind, name, docs, location) {
        Statement.apply(this, [kind || KIND, docs, location]);
        this.name = name;
      }
    );
    Declaration.prototype.parseFlags = function(flags) {
      this.isAbstract = flags[2] === 1;
      this.isFinal = flags[2] === 2;
      this.isReadonly = flags[3] === 1;
      if (this.kind !== "class") {
        const [getVis, setVis] = flags[0];
        if (getVis === -1) {
          this.visibility = IS_UNDEFINED;
        } else if (getVis === null) {
          this.visibility = null;
        } else {
          this.visibility = VISIBILITY_MAP[getVis];
        }
        this.isStatic = flags[1] === 1;
        this.visibilitySet = setVis !== -1 ? VISIBILITY_MAP[setVis] : null;
      }
    };
    module.exports = Declaration;
  }
});

// node_modules/php-parser/src/ast/class.js
var require_class2 = __commonJS({
  "node_modules/php-parser/src/ast/class.js"(exports, module) {
    "use strict";
    var Declaration = require_declaration();
    var KIND = "class";
    module.exports = Declaration.extends(
      KIND,
      function Class(name, ext, impl, body, flags, docs, location) {
        Declaration.apply(this, [KIND, name, docs, location]);
        this.isAnonymous = name ? false : true;
        this.extends = ext;
        this.implements = impl;
        this.body = body;
        this.attrGroups = [];
        this.parseFlags(flags);
      }
    );
  }
});

// node_modules/php-parser/src/ast/constantstatement.js
var require_constantstatement = __commonJS({
  "node_modules/php-parser/src/ast/constantstatement.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "constantstatement";
    module.exports = Statement.extends(
      KIND,
      function ConstantStatement(kind, constants4, docs, location) {
        Statement.apply(this, [kind || KIND, docs, location]);
        this.constants = constants4;
      }
    );
  }
});

// node_modules/php-parser/src/ast/classconstant.js
var require_classconstant = __commonJS({
  "node_modules/php-parser/src/ast/classconstant.js"(exports, module) {
    "use strict";
    var ConstantStatement = require_constantstatement();
    var KIND = "classconstant";
    var IS_UNDEFINED = "";
    var IS_PUBLIC = "public";
    var IS_PROTECTED = "protected";
    var IS_PRIVATE = "private";
    var ClassConstant = ConstantStatement.extends(
      KIND,
      function ClassConstant2(kind, constants4, flags, nullable, type, attrGroups, docs, location) {
        ConstantStatement.apply(this, [kind || KIND, constants4, docs, location]);
        this.parseFlags(flags);
        this.nullable = nullable;
        this.type = type;
        this.attrGroups = attrGroups;
      }
    );
    ClassConstant.prototype.parseFlags = function(flags) {
      const getVis = flags[0][0];
      if (getVis === -1) {
        this.visibility = IS_UNDEFINED;
      } else if (getVis === null) {
        this.visibility = null;
      } else if (getVis === 0) {
        this.visibility = IS_PUBLIC;
      } else if (getVis === 1) {
        this.visibility = IS_PROTECTED;
      } else if (getVis === 2) {
        this.visibility = IS_PRIVATE;
      }
      this.final = flags[2] === 2;
    };
    module.exports = ClassConstant;
  }
});

// node_modules/php-parser/src/ast/clone.js
var require_clone = __commonJS({
  "node_modules/php-parser/src/ast/clone.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "clone";
    module.exports = Expression.extends(
      KIND,
      function Clone(what, properties, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.what = what;
        if (properties) {
          this.properties = properties;
        }
      }
    );
  }
});

// node_modules/php-parser/src/ast/closure.js
var require_closure = __commonJS({
  "node_modules/php-parser/src/ast/closure.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "closure";
    module.exports = Expression.extends(
      KIND,
      function Closure(args, byref, uses, type, nullable, isStatic, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.uses = uses;
        this.arguments = args;
        this.byref = byref;
        this.type = type;
        this.nullable = nullable;
        this.isStatic = isStatic || false;
        this.body = null;
        this.attrGroups = [];
      }
    );
  }
});

// node_modules/php-parser/src/ast/comment.js
var require_comment2 = __commonJS({
  "node_modules/php-parser/src/ast/comment.js"(exports, module) {
    "use strict";
    var Node = require_node();
    module.exports = Node.extends(
      "comment",
      function Comment(kind, value, docs, location) {
        Node.apply(this, [kind, docs, location]);
        this.value = value;
      }
    );
  }
});

// node_modules/php-parser/src/ast/commentblock.js
var require_commentblock = __commonJS({
  "node_modules/php-parser/src/ast/commentblock.js"(exports, module) {
    "use strict";
    var Comment = require_comment2();
    var KIND = "commentblock";
    module.exports = Comment.extends(
      KIND,
      function CommentBlock(value, docs, location) {
        Comment.apply(this, [KIND, value, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/commentline.js
var require_commentline = __commonJS({
  "node_modules/php-parser/src/ast/commentline.js"(exports, module) {
    "use strict";
    var Comment = require_comment2();
    var KIND = "commentline";
    module.exports = Comment.extends(
      KIND,
      function CommentLine(value, docs, location) {
        Comment.apply(this, [KIND, value, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/constant.js
var require_constant = __commonJS({
  "node_modules/php-parser/src/ast/constant.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "constant";
    module.exports = Node.extends(
      KIND,
      function Constant(name, value, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.name = name;
        this.value = value;
      }
    );
  }
});

// node_modules/php-parser/src/ast/continue.js
var require_continue = __commonJS({
  "node_modules/php-parser/src/ast/continue.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "continue";
    module.exports = Statement.extends(
      KIND,
      function Continue(level, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.level = level;
      }
    );
  }
});

// node_modules/php-parser/src/ast/declare.js
var require_declare = __commonJS({
  "node_modules/php-parser/src/ast/declare.js"(exports, module) {
    "use strict";
    var Block = require_block();
    var KIND = "declare";
    var Declare = Block.extends(
      KIND,
      function Declare2(directives, body, mode, docs, location) {
        Block.apply(this, [KIND, body, docs, location]);
        this.directives = directives;
        this.mode = mode;
      }
    );
    Declare.MODE_SHORT = "short";
    Declare.MODE_BLOCK = "block";
    Declare.MODE_NONE = "none";
    module.exports = Declare;
  }
});

// node_modules/php-parser/src/ast/declaredirective.js
var require_declaredirective = __commonJS({
  "node_modules/php-parser/src/ast/declaredirective.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "declaredirective";
    module.exports = Node.extends(
      KIND,
      function DeclareDirective(key, value, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.key = key;
        this.value = value;
      }
    );
  }
});

// node_modules/php-parser/src/ast/do.js
var require_do = __commonJS({
  "node_modules/php-parser/src/ast/do.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "do";
    module.exports = Statement.extends(
      KIND,
      function Do(test, body, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.test = test;
        this.body = body;
      }
    );
  }
});

// node_modules/php-parser/src/ast/echo.js
var require_echo = __commonJS({
  "node_modules/php-parser/src/ast/echo.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "echo";
    module.exports = Statement.extends(
      KIND,
      function Echo(expressions, shortForm, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.shortForm = shortForm;
        this.expressions = expressions;
      }
    );
  }
});

// node_modules/php-parser/src/ast/empty.js
var require_empty = __commonJS({
  "node_modules/php-parser/src/ast/empty.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "empty";
    module.exports = Expression.extends(
      KIND,
      function Empty(expression, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.expression = expression;
      }
    );
  }
});

// node_modules/php-parser/src/ast/encapsed.js
var require_encapsed = __commonJS({
  "node_modules/php-parser/src/ast/encapsed.js"(exports, module) {
    "use strict";
    var Literal = require_literal();
    var KIND = "encapsed";
    var Encapsed = Literal.extends(
      KIND,
      function Encapsed2(value, raw, type, docs, location) {
        Literal.apply(this, [KIND, value, raw, docs, location]);
        this.type = type;
      }
    );
    Encapsed.TYPE_STRING = "string";
    Encapsed.TYPE_SHELL = "shell";
    Encapsed.TYPE_HEREDOC = "heredoc";
    Encapsed.TYPE_OFFSET = "offset";
    module.exports = Encapsed;
  }
});

// node_modules/php-parser/src/ast/encapsedpart.js
var require_encapsedpart = __commonJS({
  "node_modules/php-parser/src/ast/encapsedpart.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "encapsedpart";
    module.exports = Expression.extends(
      KIND,
      function EncapsedPart(expression, syntax, curly, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.expression = expression;
        this.syntax = syntax;
        this.curly = curly;
      }
    );
  }
});

// node_modules/php-parser/src/ast/entry.js
var require_entry = __commonJS({
  "node_modules/php-parser/src/ast/entry.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "entry";
    module.exports = Expression.extends(
      KIND,
      function Entry(key, value, byRef, unpack, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.key = key;
        this.value = value;
        this.byRef = byRef;
        this.unpack = unpack;
      }
    );
  }
});

// node_modules/php-parser/src/ast/enum.js
var require_enum2 = __commonJS({
  "node_modules/php-parser/src/ast/enum.js"(exports, module) {
    "use strict";
    var Declaration = require_declaration();
    var KIND = "enum";
    module.exports = Declaration.extends(
      KIND,
      function Enum(name, valueType, impl, body, docs, location) {
        Declaration.apply(this, [KIND, name, docs, location]);
        this.valueType = valueType;
        this.implements = impl;
        this.body = body;
        this.attrGroups = [];
      }
    );
  }
});

// node_modules/php-parser/src/ast/enumcase.js
var require_enumcase = __commonJS({
  "node_modules/php-parser/src/ast/enumcase.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "enumcase";
    module.exports = Node.extends(
      KIND,
      function EnumCase(name, value, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.name = name;
        this.value = value;
      }
    );
  }
});

// node_modules/php-parser/src/ast/error.js
var require_error = __commonJS({
  "node_modules/php-parser/src/ast/error.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "error";
    module.exports = Node.extends(
      KIND,
      function Error2(message, token, line, expected, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.message = message;
        this.token = token;
        this.line = line;
        this.expected = expected;
      }
    );
  }
});

// node_modules/php-parser/src/ast/eval.js
var require_eval = __commonJS({
  "node_modules/php-parser/src/ast/eval.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "eval";
    module.exports = Expression.extends(
      KIND,
      function Eval(source, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.source = source;
      }
    );
  }
});

// node_modules/php-parser/src/ast/exit.js
var require_exit = __commonJS({
  "node_modules/php-parser/src/ast/exit.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "exit";
    module.exports = Expression.extends(
      KIND,
      function Exit(expression, useDie, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.expression = expression;
        this.useDie = useDie;
      }
    );
  }
});

// node_modules/php-parser/src/ast/expressionstatement.js
var require_expressionstatement = __commonJS({
  "node_modules/php-parser/src/ast/expressionstatement.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "expressionstatement";
    module.exports = Statement.extends(
      KIND,
      function ExpressionStatement(expr, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.expression = expr;
      }
    );
  }
});

// node_modules/php-parser/src/ast/for.js
var require_for = __commonJS({
  "node_modules/php-parser/src/ast/for.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "for";
    module.exports = Statement.extends(
      KIND,
      function For(init, test, increment, body, shortForm, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.init = init;
        this.test = test;
        this.increment = increment;
        this.shortForm = shortForm;
        this.body = body;
      }
    );
  }
});

// node_modules/php-parser/src/ast/foreach.js
var require_foreach = __commonJS({
  "node_modules/php-parser/src/ast/foreach.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "foreach";
    module.exports = Statement.extends(
      KIND,
      function Foreach(source, key, value, body, shortForm, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.source = source;
        this.key = key;
        this.value = value;
        this.shortForm = shortForm;
        this.body = body;
      }
    );
  }
});

// node_modules/php-parser/src/ast/function.js
var require_function2 = __commonJS({
  "node_modules/php-parser/src/ast/function.js"(exports, module) {
    "use strict";
    var Declaration = require_declaration();
    var KIND = "function";
    module.exports = Declaration.extends(
      KIND,
      function _Function(name, args, byref, type, nullable, docs, location) {
        Declaration.apply(this, [KIND, name, docs, location]);
        this.arguments = args;
        this.byref = byref;
        this.type = type;
        this.nullable = nullable;
        this.body = null;
        this.attrGroups = [];
      }
    );
  }
});

// node_modules/php-parser/src/ast/global.js
var require_global = __commonJS({
  "node_modules/php-parser/src/ast/global.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "global";
    module.exports = Statement.extends(
      KIND,
      function Global(items, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.items = items;
      }
    );
  }
});

// node_modules/php-parser/src/ast/goto.js
var require_goto = __commonJS({
  "node_modules/php-parser/src/ast/goto.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "goto";
    module.exports = Statement.extends(KIND, function Goto(label, docs, location) {
      Statement.apply(this, [KIND, docs, location]);
      this.label = label;
    });
  }
});

// node_modules/php-parser/src/ast/halt.js
var require_halt = __commonJS({
  "node_modules/php-parser/src/ast/halt.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "halt";
    module.exports = Statement.extends(KIND, function Halt(after, docs, location) {
      Statement.apply(this, [KIND, docs, location]);
      this.after = after;
    });
  }
});

// node_modules/php-parser/src/ast/identifier.js
var require_identifier = __commonJS({
  "node_modules/php-parser/src/ast/identifier.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "identifier";
    var Identifier = Node.extends(
      KIND,
      function Identifier2(name, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.name = name;
      }
    );
    module.exports = Identifier;
  }
});

// node_modules/php-parser/src/ast/if.js
var require_if2 = __commonJS({
  "node_modules/php-parser/src/ast/if.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "if";
    module.exports = Statement.extends(
      KIND,
      function If(test, body, alternate, shortForm, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.test = test;
        this.body = body;
        this.alternate = alternate;
        this.shortForm = shortForm;
      }
    );
  }
});

// node_modules/php-parser/src/ast/include.js
var require_include = __commonJS({
  "node_modules/php-parser/src/ast/include.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "include";
    module.exports = Expression.extends(
      KIND,
      function Include(once, require2, target, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.once = once;
        this.require = require2;
        this.target = target;
      }
    );
  }
});

// node_modules/php-parser/src/ast/inline.js
var require_inline = __commonJS({
  "node_modules/php-parser/src/ast/inline.js"(exports, module) {
    "use strict";
    var Literal = require_literal();
    var KIND = "inline";
    module.exports = Literal.extends(
      KIND,
      function Inline(value, raw, docs, location) {
        Literal.apply(this, [KIND, value, raw, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/interface.js
var require_interface = __commonJS({
  "node_modules/php-parser/src/ast/interface.js"(exports, module) {
    "use strict";
    var Declaration = require_declaration();
    var KIND = "interface";
    module.exports = Declaration.extends(
      KIND,
      function Interface(name, ext, body, attrGroups, docs, location) {
        Declaration.apply(this, [KIND, name, docs, location]);
        this.extends = ext;
        this.body = body;
        this.attrGroups = attrGroups;
      }
    );
  }
});

// node_modules/php-parser/src/ast/intersectiontype.js
var require_intersectiontype = __commonJS({
  "node_modules/php-parser/src/ast/intersectiontype.js"(exports, module) {
    "use strict";
    var Declaration = require_declaration();
    var KIND = "intersectiontype";
    module.exports = Declaration.extends(
      KIND,
      function IntersectionType(types, docs, location) {
        Declaration.apply(this, [KIND, null, docs, location]);
        this.types = types;
      }
    );
  }
});

// node_modules/php-parser/src/ast/isset.js
var require_isset = __commonJS({
  "node_modules/php-parser/src/ast/isset.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "isset";
    module.exports = Expression.extends(
      KIND,
      function Isset(variables, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.variables = variables;
      }
    );
  }
});

// node_modules/php-parser/src/ast/label.js
var require_label = __commonJS({
  "node_modules/php-parser/src/ast/label.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "label";
    module.exports = Statement.extends(KIND, function Label(name, docs, location) {
      Statement.apply(this, [KIND, docs, location]);
      this.name = name;
    });
  }
});

// node_modules/php-parser/src/ast/list.js
var require_list = __commonJS({
  "node_modules/php-parser/src/ast/list.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "list";
    module.exports = Expression.extends(
      KIND,
      function List(items, shortForm, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.items = items;
        this.shortForm = shortForm;
      }
    );
  }
});

// node_modules/php-parser/src/ast/lookup.js
var require_lookup = __commonJS({
  "node_modules/php-parser/src/ast/lookup.js"(exports, module) {
    "use strict";
    var Expr = require_expression();
    var KIND = "lookup";
    module.exports = Expr.extends(
      KIND,
      function Lookup(kind, what, offset, docs, location) {
        Expr.apply(this, [kind || KIND, docs, location]);
        this.what = what;
        this.offset = offset;
      }
    );
  }
});

// node_modules/php-parser/src/ast/magic.js
var require_magic = __commonJS({
  "node_modules/php-parser/src/ast/magic.js"(exports, module) {
    "use strict";
    var Literal = require_literal();
    var KIND = "magic";
    module.exports = Literal.extends(
      KIND,
      function Magic(value, raw, docs, location) {
        Literal.apply(this, [KIND, value, raw, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/match.js
var require_match = __commonJS({
  "node_modules/php-parser/src/ast/match.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "match";
    module.exports = Expression.extends(
      KIND,
      function Match(cond, arms, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.cond = cond;
        this.arms = arms;
      }
    );
  }
});

// node_modules/php-parser/src/ast/matcharm.js
var require_matcharm = __commonJS({
  "node_modules/php-parser/src/ast/matcharm.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "matcharm";
    module.exports = Expression.extends(
      KIND,
      function MatchArm(conds, body, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.conds = conds;
        this.body = body;
      }
    );
  }
});

// node_modules/php-parser/src/ast/method.js
var require_method = __commonJS({
  "node_modules/php-parser/src/ast/method.js"(exports, module) {
    "use strict";
    var Function_ = require_function2();
    var KIND = "method";
    module.exports = Function_.extends(KIND, function Method() {
      Function_.apply(this, arguments);
      this.kind = KIND;
    });
  }
});

// node_modules/php-parser/src/ast/reference.js
var require_reference = __commonJS({
  "node_modules/php-parser/src/ast/reference.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "reference";
    var Reference = Node.extends(KIND, function Reference2(kind, docs, location) {
      Node.apply(this, [kind || KIND, docs, location]);
    });
    module.exports = Reference;
  }
});

// node_modules/php-parser/src/ast/name.js
var require_name = __commonJS({
  "node_modules/php-parser/src/ast/name.js"(exports, module) {
    "use strict";
    var Reference = require_reference();
    var KIND = "name";
    var Name = Reference.extends(
      KIND,
      function Name2(name, resolution, docs, location) {
        Reference.apply(this, [KIND, docs, location]);
        this.name = name.replace(/\\$/, "");
        this.resolution = resolution;
      }
    );
    Name.UNQUALIFIED_NAME = "uqn";
    Name.QUALIFIED_NAME = "qn";
    Name.FULL_QUALIFIED_NAME = "fqn";
    Name.RELATIVE_NAME = "rn";
    module.exports = Name;
  }
});

// node_modules/php-parser/src/ast/namespace.js
var require_namespace2 = __commonJS({
  "node_modules/php-parser/src/ast/namespace.js"(exports, module) {
    "use strict";
    var Block = require_block();
    var KIND = "namespace";
    module.exports = Block.extends(
      KIND,
      function Namespace(name, children2, withBrackets, docs, location) {
        Block.apply(this, [KIND, children2, docs, location]);
        this.name = name;
        this.withBrackets = withBrackets || false;
      }
    );
  }
});

// node_modules/php-parser/src/ast/namedargument.js
var require_namedargument = __commonJS({
  "node_modules/php-parser/src/ast/namedargument.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "namedargument";
    module.exports = Expression.extends(
      KIND,
      function namedargument(name, value, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.name = name;
        this.value = value;
      }
    );
  }
});

// node_modules/php-parser/src/ast/new.js
var require_new = __commonJS({
  "node_modules/php-parser/src/ast/new.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "new";
    module.exports = Expression.extends(
      KIND,
      function New(what, args, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.what = what;
        this.arguments = args;
      }
    );
  }
});

// node_modules/php-parser/src/ast/noop.js
var require_noop = __commonJS({
  "node_modules/php-parser/src/ast/noop.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "noop";
    module.exports = Node.extends(KIND, function Noop(docs, location) {
      Node.apply(this, [KIND, docs, location]);
    });
  }
});

// node_modules/php-parser/src/ast/nowdoc.js
var require_nowdoc = __commonJS({
  "node_modules/php-parser/src/ast/nowdoc.js"(exports, module) {
    "use strict";
    var Literal = require_literal();
    var KIND = "nowdoc";
    module.exports = Literal.extends(
      KIND,
      function Nowdoc(value, raw, label, docs, location) {
        Literal.apply(this, [KIND, value, raw, docs, location]);
        this.label = label;
      }
    );
  }
});

// node_modules/php-parser/src/ast/nullkeyword.js
var require_nullkeyword = __commonJS({
  "node_modules/php-parser/src/ast/nullkeyword.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "nullkeyword";
    module.exports = Node.extends(KIND, function NullKeyword(raw, docs, location) {
      Node.apply(this, [KIND, docs, location]);
      this.raw = raw;
    });
  }
});

// node_modules/php-parser/src/ast/nullsafepropertylookup.js
var require_nullsafepropertylookup = __commonJS({
  "node_modules/php-parser/src/ast/nullsafepropertylookup.js"(exports, module) {
    "use strict";
    var Lookup = require_lookup();
    var KIND = "nullsafepropertylookup";
    module.exports = Lookup.extends(
      KIND,
      function NullSafePropertyLookup(what, offset, docs, location) {
        Lookup.apply(this, [KIND, what, offset, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/number.js
var require_number = __commonJS({
  "node_modules/php-parser/src/ast/number.js"(exports, module) {
    "use strict";
    var Literal = require_literal();
    var KIND = "number";
    module.exports = Literal.extends(
      KIND,
      function Number2(value, raw, docs, location) {
        Literal.apply(this, [KIND, value, raw, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/offsetlookup.js
var require_offsetlookup = __commonJS({
  "node_modules/php-parser/src/ast/offsetlookup.js"(exports, module) {
    "use strict";
    var Lookup = require_lookup();
    var KIND = "offsetlookup";
    module.exports = Lookup.extends(
      KIND,
      function OffsetLookup(what, offset, docs, location) {
        Lookup.apply(this, [KIND, what, offset, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/parameter.js
var require_parameter = __commonJS({
  "node_modules/php-parser/src/ast/parameter.js"(exports, module) {
    "use strict";
    var Declaration = require_declaration();
    var KIND = "parameter";
    module.exports = Declaration.extends(
      KIND,
      function Parameter(name, type, value, isRef, isVariadic, readonly, nullable, flags, hooks, flagsSet, docs, location) {
        Declaration.apply(this, [KIND, name, docs, location]);
        this.value = value;
        this.type = type;
        this.byref = isRef;
        this.variadic = isVariadic;
        this.readonly = readonly;
        this.nullable = nullable;
        this.flags = flags || 0;
        this.hooks = hooks || [];
        this.flagsSet = flagsSet || 0;
        this.attrGroups = [];
      }
    );
  }
});

// node_modules/php-parser/src/ast/parentreference.js
var require_parentreference = __commonJS({
  "node_modules/php-parser/src/ast/parentreference.js"(exports, module) {
    "use strict";
    var Reference = require_reference();
    var KIND = "parentreference";
    var ParentReference = Reference.extends(
      KIND,
      function ParentReference2(raw, docs, location) {
        Reference.apply(this, [KIND, docs, location]);
        this.raw = raw;
      }
    );
    module.exports = ParentReference;
  }
});

// node_modules/php-parser/src/ast/post.js
var require_post = __commonJS({
  "node_modules/php-parser/src/ast/post.js"(exports, module) {
    "use strict";
    var Operation = require_operation();
    var KIND = "post";
    module.exports = Operation.extends(
      KIND,
      function Post(type, what, docs, location) {
        Operation.apply(this, [KIND, docs, location]);
        this.type = type;
        this.what = what;
      }
    );
  }
});

// node_modules/php-parser/src/ast/pre.js
var require_pre = __commonJS({
  "node_modules/php-parser/src/ast/pre.js"(exports, module) {
    "use strict";
    var Operation = require_operation();
    var KIND = "pre";
    module.exports = Operation.extends(
      KIND,
      function Pre(type, what, docs, location) {
        Operation.apply(this, [KIND, docs, location]);
        this.type = type;
        this.what = what;
      }
    );
  }
});

// node_modules/php-parser/src/ast/print.js
var require_print = __commonJS({
  "node_modules/php-parser/src/ast/print.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "print";
    module.exports = Expression.extends(
      KIND,
      function Print(expression, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.expression = expression;
      }
    );
  }
});

// node_modules/php-parser/src/ast/program.js
var require_program = __commonJS({
  "node_modules/php-parser/src/ast/program.js"(exports, module) {
    "use strict";
    var Block = require_block();
    var KIND = "program";
    module.exports = Block.extends(
      KIND,
      function Program(children2, errors, comments, tokens, docs, location) {
        Block.apply(this, [KIND, children2, docs, location]);
        this.errors = errors;
        if (comments) {
          this.comments = comments;
        }
        if (tokens) {
          this.tokens = tokens;
        }
      }
    );
  }
});

// node_modules/php-parser/src/ast/property.js
var require_property2 = __commonJS({
  "node_modules/php-parser/src/ast/property.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "property";
    module.exports = Statement.extends(
      KIND,
      function Property(name, value, readonly, nullable, type, attrGroups, hooks, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.name = name;
        this.value = value;
        this.readonly = readonly;
        this.nullable = nullable;
        this.type = type;
        this.attrGroups = attrGroups;
        this.hooks = hooks || [];
      }
    );
  }
});

// node_modules/php-parser/src/ast/propertyhook.js
var require_propertyhook = __commonJS({
  "node_modules/php-parser/src/ast/propertyhook.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "propertyhook";
    module.exports = Node.extends(
      KIND,
      function PropertyHook(name, isFinal, byref, parameter, body, attrGroups, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.name = name;
        this.isFinal = isFinal;
        this.byref = byref;
        this.parameter = parameter;
        this.body = body;
        this.attrGroups = attrGroups || [];
      }
    );
  }
});

// node_modules/php-parser/src/ast/propertylookup.js
var require_propertylookup = __commonJS({
  "node_modules/php-parser/src/ast/propertylookup.js"(exports, module) {
    "use strict";
    var Lookup = require_lookup();
    var KIND = "propertylookup";
    module.exports = Lookup.extends(
      KIND,
      function PropertyLookup(what, offset, docs, location) {
        Lookup.apply(this, [KIND, what, offset, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/propertystatement.js
var require_propertystatement = __commonJS({
  "node_modules/php-parser/src/ast/propertystatement.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "propertystatement";
    var IS_UNDEFINED = "";
    var IS_PUBLIC = "public";
    var IS_PROTECTED = "protected";
    var IS_PRIVATE = "private";
    var VISIBILITY_MAP = [IS_PUBLIC, IS_PROTECTED, IS_PRIVATE];
    var PropertyStatement = Statement.extends(
      KIND,
      function PropertyStatement2(kind, properties, flags, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.properties = properties;
        this.parseFlags(flags);
      }
    );
    PropertyStatement.prototype.parseFlags = function(flags) {
      const [getVis, setVis] = flags[0];
      if (getVis === -1) {
        this.visibility = IS_UNDEFINED;
      } else if (getVis === null) {
        this.visibility = null;
      } else {
        this.visibility = VISIBILITY_MAP[getVis];
      }
      this.isStatic = flags[1] === 1;
      this.isAbstract = flags[2] === 1;
      this.isFinal = flags[2] === 2;
      this.visibilitySet = setVis !== -1 ? VISIBILITY_MAP[setVis] : null;
    };
    module.exports = PropertyStatement;
  }
});

// node_modules/php-parser/src/ast/retif.js
var require_retif = __commonJS({
  "node_modules/php-parser/src/ast/retif.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "retif";
    module.exports = Expression.extends(
      KIND,
      function RetIf(test, trueExpr, falseExpr, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.test = test;
        this.trueExpr = trueExpr;
        this.falseExpr = falseExpr;
      }
    );
  }
});

// node_modules/php-parser/src/ast/return.js
var require_return = __commonJS({
  "node_modules/php-parser/src/ast/return.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "return";
    module.exports = Statement.extends(KIND, function Return(expr, docs, location) {
      Statement.apply(this, [KIND, docs, location]);
      this.expr = expr;
    });
  }
});

// node_modules/php-parser/src/ast/selfreference.js
var require_selfreference = __commonJS({
  "node_modules/php-parser/src/ast/selfreference.js"(exports, module) {
    "use strict";
    var Reference = require_reference();
    var KIND = "selfreference";
    var SelfReference = Reference.extends(
      KIND,
      function SelfReference2(raw, docs, location) {
        Reference.apply(this, [KIND, docs, location]);
        this.raw = raw;
      }
    );
    module.exports = SelfReference;
  }
});

// node_modules/php-parser/src/ast/silent.js
var require_silent = __commonJS({
  "node_modules/php-parser/src/ast/silent.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "silent";
    module.exports = Expression.extends(
      KIND,
      function Silent(expr, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.expr = expr;
      }
    );
  }
});

// node_modules/php-parser/src/ast/static.js
var require_static = __commonJS({
  "node_modules/php-parser/src/ast/static.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "static";
    module.exports = Statement.extends(
      KIND,
      function Static(variables, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.variables = variables;
      }
    );
  }
});

// node_modules/php-parser/src/ast/staticvariable.js
var require_staticvariable = __commonJS({
  "node_modules/php-parser/src/ast/staticvariable.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "staticvariable";
    module.exports = Node.extends(
      KIND,
      function StaticVariable(variable, defaultValue, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.variable = variable;
        this.defaultValue = defaultValue;
      }
    );
  }
});

// node_modules/php-parser/src/ast/staticlookup.js
var require_staticlookup = __commonJS({
  "node_modules/php-parser/src/ast/staticlookup.js"(exports, module) {
    "use strict";
    var Lookup = require_lookup();
    var KIND = "staticlookup";
    module.exports = Lookup.extends(
      KIND,
      function StaticLookup(what, offset, docs, location) {
        Lookup.apply(this, [KIND, what, offset, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/staticreference.js
var require_staticreference = __commonJS({
  "node_modules/php-parser/src/ast/staticreference.js"(exports, module) {
    "use strict";
    var Reference = require_reference();
    var KIND = "staticreference";
    var StaticReference = Reference.extends(
      KIND,
      function StaticReference2(raw, docs, location) {
        Reference.apply(this, [KIND, docs, location]);
        this.raw = raw;
      }
    );
    module.exports = StaticReference;
  }
});

// node_modules/php-parser/src/ast/string.js
var require_string = __commonJS({
  "node_modules/php-parser/src/ast/string.js"(exports, module) {
    "use strict";
    var Literal = require_literal();
    var KIND = "string";
    module.exports = Literal.extends(
      KIND,
      function String2(isDoubleQuote, value, unicode, raw, docs, location) {
        Literal.apply(this, [KIND, value, raw, docs, location]);
        this.unicode = unicode;
        this.isDoubleQuote = isDoubleQuote;
      }
    );
  }
});

// node_modules/php-parser/src/ast/switch.js
var require_switch2 = __commonJS({
  "node_modules/php-parser/src/ast/switch.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "switch";
    module.exports = Statement.extends(
      KIND,
      function Switch(test, body, shortForm, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.test = test;
        this.body = body;
        this.shortForm = shortForm;
      }
    );
  }
});

// node_modules/php-parser/src/ast/throw.js
var require_throw = __commonJS({
  "node_modules/php-parser/src/ast/throw.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "throw";
    module.exports = Statement.extends(KIND, function Throw(what, docs, location) {
      Statement.apply(this, [KIND, docs, location]);
      this.what = what;
    });
  }
});

// node_modules/php-parser/src/ast/trait.js
var require_trait = __commonJS({
  "node_modules/php-parser/src/ast/trait.js"(exports, module) {
    "use strict";
    var Declaration = require_declaration();
    var KIND = "trait";
    module.exports = Declaration.extends(
      KIND,
      function Trait(name, body, docs, location) {
        Declaration.apply(this, [KIND, name, docs, location]);
        this.body = body;
      }
    );
  }
});

// node_modules/php-parser/src/ast/traitalias.js
var require_traitalias = __commonJS({
  "node_modules/php-parser/src/ast/traitalias.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "traitalias";
    var IS_UNDEFINED = "";
    var IS_PUBLIC = "public";
    var IS_PROTECTED = "protected";
    var IS_PRIVATE = "private";
    module.exports = Node.extends(
      KIND,
      function TraitAlias(trait, method, as, flags, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.trait = trait;
        this.method = method;
        this.as = as;
        this.visibility = IS_UNDEFINED;
        if (flags) {
          const getVis = flags[0][0];
          if (getVis === 0) {
            this.visibility = IS_PUBLIC;
          } else if (getVis === 1) {
            this.visibility = IS_PROTECTED;
          } else if (getVis === 2) {
            this.visibility = IS_PRIVATE;
          }
        }
      }
    );
  }
});

// node_modules/php-parser/src/ast/traitprecedence.js
var require_traitprecedence = __commonJS({
  "node_modules/php-parser/src/ast/traitprecedence.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "traitprecedence";
    module.exports = Node.extends(
      KIND,
      function TraitPrecedence(trait, method, instead, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.trait = trait;
        this.method = method;
        this.instead = instead;
      }
    );
  }
});

// node_modules/php-parser/src/ast/traituse.js
var require_traituse = __commonJS({
  "node_modules/php-parser/src/ast/traituse.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "traituse";
    module.exports = Node.extends(
      KIND,
      function TraitUse(traits, adaptations, docs, location) {
        Node.apply(this, [KIND, docs, location]);
        this.traits = traits;
        this.adaptations = adaptations;
      }
    );
  }
});

// node_modules/php-parser/src/ast/try.js
var require_try2 = __commonJS({
  "node_modules/php-parser/src/ast/try.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "try";
    module.exports = Statement.extends(
      KIND,
      function Try(body, catches, always, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.body = body;
        this.catches = catches;
        this.always = always;
      }
    );
  }
});

// node_modules/php-parser/src/ast/typereference.js
var require_typereference = __commonJS({
  "node_modules/php-parser/src/ast/typereference.js"(exports, module) {
    "use strict";
    var Reference = require_reference();
    var KIND = "typereference";
    var TypeReference = Reference.extends(
      KIND,
      function TypeReference2(name, raw, docs, location) {
        Reference.apply(this, [KIND, docs, location]);
        this.name = name;
        this.raw = raw;
      }
    );
    TypeReference.types = [
      "int",
      "float",
      "string",
      "bool",
      "object",
      "array",
      "callable",
      "iterable",
      "void",
      "static",
      "null",
      "never",
      "mixed",
      "true",
      "false"
    ];
    module.exports = TypeReference;
  }
});

// node_modules/php-parser/src/ast/unary.js
var require_unary = __commonJS({
  "node_modules/php-parser/src/ast/unary.js"(exports, module) {
    "use strict";
    var Operation = require_operation();
    var KIND = "unary";
    module.exports = Operation.extends(
      KIND,
      function Unary(type, what, docs, location) {
        Operation.apply(this, [KIND, docs, location]);
        this.type = type;
        this.what = what;
      }
    );
  }
});

// node_modules/php-parser/src/ast/uniontype.js
var require_uniontype = __commonJS({
  "node_modules/php-parser/src/ast/uniontype.js"(exports, module) {
    "use strict";
    var Declaration = require_declaration();
    var KIND = "uniontype";
    module.exports = Declaration.extends(
      KIND,
      function UnionType(types, docs, location) {
        Declaration.apply(this, [KIND, null, docs, location]);
        this.types = types;
      }
    );
  }
});

// node_modules/php-parser/src/ast/unset.js
var require_unset = __commonJS({
  "node_modules/php-parser/src/ast/unset.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "unset";
    module.exports = Statement.extends(
      KIND,
      function Unset(variables, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.variables = variables;
      }
    );
  }
});

// node_modules/php-parser/src/ast/usegroup.js
var require_usegroup = __commonJS({
  "node_modules/php-parser/src/ast/usegroup.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "usegroup";
    module.exports = Statement.extends(
      KIND,
      function UseGroup(name, type, items, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.name = name;
        this.type = type;
        this.items = items;
      }
    );
  }
});

// node_modules/php-parser/src/ast/useitem.js
var require_useitem = __commonJS({
  "node_modules/php-parser/src/ast/useitem.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "useitem";
    var UseItem = Statement.extends(
      KIND,
      function UseItem2(name, alias, type, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.name = name;
        this.alias = alias;
        this.type = type;
      }
    );
    UseItem.TYPE_CONST = "const";
    UseItem.TYPE_FUNCTION = "function";
    module.exports = UseItem;
  }
});

// node_modules/php-parser/src/ast/variable.js
var require_variable2 = __commonJS({
  "node_modules/php-parser/src/ast/variable.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "variable";
    module.exports = Expression.extends(
      KIND,
      function Variable(name, curly, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.name = name;
        this.curly = curly || false;
      }
    );
  }
});

// node_modules/php-parser/src/ast/variadic.js
var require_variadic = __commonJS({
  "node_modules/php-parser/src/ast/variadic.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "variadic";
    module.exports = Expression.extends(
      KIND,
      function variadic(what, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.what = what;
      }
    );
  }
});

// node_modules/php-parser/src/ast/variadicplaceholder.js
var require_variadicplaceholder = __commonJS({
  "node_modules/php-parser/src/ast/variadicplaceholder.js"(exports, module) {
    "use strict";
    var Node = require_node();
    var KIND = "variadicplaceholder";
    module.exports = Node.extends(
      KIND,
      function VariadicPlaceholder(docs, location) {
        Node.apply(this, [KIND, docs, location]);
      }
    );
  }
});

// node_modules/php-parser/src/ast/while.js
var require_while = __commonJS({
  "node_modules/php-parser/src/ast/while.js"(exports, module) {
    "use strict";
    var Statement = require_statement2();
    var KIND = "while";
    module.exports = Statement.extends(
      KIND,
      function While(test, body, shortForm, docs, location) {
        Statement.apply(this, [KIND, docs, location]);
        this.test = test;
        this.body = body;
        this.shortForm = shortForm;
      }
    );
  }
});

// node_modules/php-parser/src/ast/yield.js
var require_yield = __commonJS({
  "node_modules/php-parser/src/ast/yield.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "yield";
    module.exports = Expression.extends(
      KIND,
      function Yield(value, key, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.value = value;
        this.key = key;
      }
    );
  }
});

// node_modules/php-parser/src/ast/yieldfrom.js
var require_yieldfrom = __commonJS({
  "node_modules/php-parser/src/ast/yieldfrom.js"(exports, module) {
    "use strict";
    var Expression = require_expression();
    var KIND = "yieldfrom";
    module.exports = Expression.extends(
      KIND,
      function YieldFrom(value, docs, location) {
        Expression.apply(this, [KIND, docs, location]);
        this.value = value;
      }
    );
  }
});

// node_modules/php-parser/src/ast.js
var require_ast = __commonJS({
  "node_modules/php-parser/src/ast.js"(exports, module) {
    "use strict";
    var Location = require_location();
    var Position = require_position();
    var AST = function(withPositions, withSource) {
      this.withPositions = withPositions;
      this.withSource = withSource;
    };
    AST.precedence = {};
    [
      ["or"],
      ["xor"],
      ["and"],
      ["="],
      ["?"],
      ["??"],
      ["||"],
      ["&&"],
      ["|"],
      ["^"],
      ["&"],
      [
        "==",
        "!=",
        "===",
        "!==",
        /* '<>', */
        "<=>"
      ],
      ["<", "<=", ">", ">="],
      ["<<", ">>"],
      ["+", "-", "."],
      ["*", "/", "%"],
      ["!"],
      ["instanceof"],
      ["u-", "u+", "u~"],
      ["cast", "silent"],
      ["**"]
      // TODO: [ (array)
      // TODO: new
    ].forEach(function(list, index) {
      list.forEach(function(operator) {
        AST.precedence[operator] = index + 1;
      });
    });
    AST.prototype.isRightAssociative = function(operator) {
      return operator === "**" || operator === "??";
    };
    AST.prototype.swapLocations = function(target, first, last, parser) {
      if (this.withPositions) {
        if (!target || !target.loc || !first || !first.loc || !last || !last.loc) {
          return;
        }
        target.loc.start = first.loc.start;
        target.loc.end = last.loc.end;
        if (this.withSource) {
          target.loc.source = parser.lexer._input.substring(
            target.loc.start.offset,
            target.loc.end.offset
          );
        }
      }
    };
    AST.prototype.resolveLocations = function(target, first, last, parser) {
      if (this.withPositions) {
        if (!target || !target.loc || !first || !first.loc || !last || !last.loc) {
          return;
        }
        if (target.loc.start.offset > first.loc.start.offset) {
          target.loc.start = first.loc.start;
        }
        if (target.loc.end.offset < last.loc.end.offset) {
          target.loc.end = last.loc.end;
        }
        if (this.withSource) {
          target.loc.source = parser.lexer._input.substring(
            target.loc.start.offset,
            target.loc.end.offset
          );
        }
      }
    };
    AST.prototype.resolvePrecedence = function(result, parser) {
      let buffer, lLevel, rLevel;
      if (result.kind === "call") {
        this.resolveLocations(result, result.what, result, parser);
      } else if (result.kind === "propertylookup" || result.kind === "nullsafepropertylookup" || result.kind === "staticlookup" || result.kind === "offsetlookup" && result.offset) {
        this.resolveLocations(result, result.what, result.offset, parser);
      } else if (result.kind === "bin") {
        if (result.right && !result.right.parenthesizedExpression) {
          if (result.right.kind === "bin") {
            lLevel = AST.precedence[result.type];
            rLevel = AST.precedence[result.right.type];
            if (lLevel && rLevel && rLevel <= lLevel && (result.type !== result.right.type || !this.isRightAssociative(result.type))) {
              buffer = result.right;
              result.right = result.right.left;
              this.swapLocations(result, result.left, result.right, parser);
              buffer.left = this.resolvePrecedence(result, parser);
              this.swapLocations(buffer, buffer.left, buffer.right, parser);
              result = buffer;
            }
          } else if (result.right.kind === "retif") {
            lLevel = AST.precedence[result.type];
            rLevel = AST.precedence["?"];
            if (lLevel && rLevel && rLevel <= lLevel) {
              buffer = result.right;
              result.right = result.right.test;
              this.swapLocations(result, result.left, result.right, parser);
              buffer.test = this.resolvePrecedence(result, parser);
              this.swapLocations(buffer, buffer.test, buffer.falseExpr, parser);
              result = buffer;
            }
          }
        }
      } else if ((result.kind === "silent" || result.kind === "cast") && result.expr && !result.expr.parenthesizedExpression) {
        if (result.expr.kind === "bin") {
          buffer = result.expr;
          result.expr = result.expr.left;
          this.swapLocations(result, result, result.expr, parser);
          buffer.left = this.resolvePrecedence(result, parser);
          this.swapLocations(buffer, buffer.left, buffer.right, parser);
          result = buffer;
        } else if (result.expr.kind === "retif") {
          buffer = result.expr;
          result.expr = result.expr.test;
          this.swapLocations(result, result, result.expr, parser);
          buffer.test = this.resolvePrecedence(result, parser);
          this.swapLocations(buffer, buffer.test, buffer.falseExpr, parser);
          result = buffer;
        }
      } else if (result.kind === "unary") {
        if (result.what && !result.what.parenthesizedExpression) {
          if (result.what.kind === "bin") {
            lLevel = AST.precedence["u" + result.type] || AST.precedence[result.type];
            rLevel = AST.precedence[result.what.type];
            if (lLevel && rLevel && rLevel < lLevel) {
              buffer = result.what;
              result.what = result.what.left;
              this.swapLocations(result, result, result.what, parser);
              buffer.left = this.resolvePrecedence(result, parser);
              this.swapLocations(buffer, buffer.left, buffer.right, parser);
              result = buffer;
            }
          } else if (result.what.kind === "retif") {
            buffer = result.what;
            result.what = result.what.test;
            this.swapLocations(result, result, result.what, parser);
            buffer.test = this.resolvePrecedence(result, parser);
            this.swapLocations(buffer, buffer.test, buffer.falseExpr, parser);
            result = buffer;
          }
        }
      } else if (result.kind === "retif") {
        if (result.falseExpr && result.falseExpr.kind === "retif" && !result.falseExpr.parenthesizedExpression) {
          buffer = result.falseExpr;
          result.falseExpr = buffer.test;
          this.swapLocations(result, result.test, result.falseExpr, parser);
          buffer.test = this.resolvePrecedence(result, parser);
          this.swapLocations(buffer, buffer.test, buffer.falseExpr, parser);
          result = buffer;
        }
      } else if (result.kind === "assign") {
        if (result.right && result.right.kind === "bin" && !result.right.parenthesizedExpression) {
          lLevel = AST.precedence["="];
          rLevel = AST.precedence[result.right.type];
          if (lLevel && rLevel && rLevel < lLevel) {
            buffer = result.right;
            result.right = result.right.left;
            buffer.left = result;
            this.swapLocations(buffer, buffer.left, result.right, parser);
            result = buffer;
          }
        }
      } else if (result.kind === "expressionstatement") {
        this.swapLocations(result, result.expression, result, parser);
      }
      return result;
    };
    AST.prototype.prepare = function(kind, docs, parser) {
      let start = null;
      if (this.withPositions || this.withSource) {
        start = parser.position();
      }
      const self = this;
      const result = function() {
        const args = Array.prototype.slice.call(arguments);
        args.push(docs);
        if (self.withPositions || self.withSource) {
          let nodeStart = start;
          let nodeEnd = new Position(
            parser.prev[0],
            parser.prev[1],
            parser.prev[2]
          );
          if (nodeStart.offset > nodeEnd.offset) {
            const tmp = nodeStart;
            nodeStart = nodeEnd;
            nodeEnd = tmp;
          }
          let src = null;
          if (self.withSource) {
            src = parser.lexer._input.substring(nodeStart.offset, nodeEnd.offset);
          }
          const location = new Location(src, nodeStart, nodeEnd);
          args.push(location);
        }
        if (!kind) {
          kind = args.shift();
        }
        const node = self[kind];
        if (typeof node !== "function") {
          throw new Error('Undefined node "' + kind + '"');
        }
        const astNode = Object.create(node.prototype);
        node.apply(astNode, args);
        result.instance = astNode;
        if (result.trailingComments) {
          astNode.trailingComments = result.trailingComments;
        }
        if (typeof result.postBuild === "function") {
          result.postBuild(astNode);
        }
        if (parser.debug) {
          delete self.stack[result.stackUid];
        }
        return self.resolvePrecedence(astNode, parser);
      };
      if (parser.debug) {
        if (!this.stack) {
          this.stack = {};
          this.stackUid = 1;
        }
        this.stack[++this.stackUid] = {
          position: start,
          stack: new Error().stack.split("\n").slice(3, 5)
        };
        result.stackUid = this.stackUid;
      }
      result.setTrailingComments = function(docs2) {
        if (result.instance) {
          result.instance.setTrailingComments(docs2);
        } else {
          result.trailingComments = docs2;
        }
      };
      result.destroy = function(target) {
        if (docs) {
          if (target) {
            if (!target.leadingComments) {
              target.leadingComments = docs;
            } else {
              target.leadingComments = docs.concat(target.leadingComments);
            }
          } else {
            parser._docIndex = parser._docs.length - docs.length;
          }
        }
        if (parser.debug) {
          delete self.stack[result.stackUid];
        }
      };
      return result;
    };
    AST.prototype.checkNodes = function() {
      const errors = [];
      for (const k in this.stack) {
        if (Object.prototype.hasOwnProperty.call(this.stack, k)) {
          this.stack[k].key = k;
          errors.push(this.stack[k]);
        }
      }
      this.stack = {};
      return errors;
    };
    [
      require_array2(),
      require_arrowfunc(),
      require_assign(),
      require_assignref(),
      require_attribute2(),
      require_attrgroup(),
      require_bin(),
      require_block(),
      require_boolean(),
      require_break(),
      require_byref(),
      require_call(),
      require_case(),
      require_cast(),
      require_catch(),
      require_class2(),
      require_classconstant(),
      require_clone(),
      require_closure(),
      require_comment2(),
      require_commentblock(),
      require_commentline(),
      require_constant(),
      require_constantstatement(),
      require_continue(),
      require_declaration(),
      require_declare(),
      require_declaredirective(),
      require_do(),
      require_echo(),
      require_empty(),
      require_encapsed(),
      require_encapsedpart(),
      require_entry(),
      require_enum2(),
      require_enumcase(),
      require_error(),
      require_eval(),
      require_exit(),
      require_expression(),
      require_expressionstatement(),
      require_for(),
      require_foreach(),
      require_function2(),
      require_global(),
      require_goto(),
      require_halt(),
      require_identifier(),
      require_if2(),
      require_include(),
      require_inline(),
      require_interface(),
      require_intersectiontype(),
      require_isset(),
      require_label(),
      require_list(),
      require_literal(),
      require_lookup(),
      require_magic(),
      require_match(),
      require_matcharm(),
      require_method(),
      require_name(),
      require_namespace2(),
      require_namedargument(),
      require_new(),
      require_node(),
      require_noop(),
      require_nowdoc(),
      require_nullkeyword(),
      require_nullsafepropertylookup(),
      require_number(),
      require_offsetlookup(),
      require_operation(),
      require_parameter(),
      require_parentreference(),
      require_post(),
      require_pre(),
      require_print(),
      require_program(),
      require_property2(),
      require_propertyhook(),
      require_propertylookup(),
      require_propertystatement(),
      require_reference(),
      require_retif(),
      require_return(),
      require_selfreference(),
      require_silent(),
      require_statement2(),
      require_static(),
      require_staticvariable(),
      require_staticlookup(),
      require_staticreference(),
      require_string(),
      require_switch2(),
      require_throw(),
      require_trait(),
      require_traitalias(),
      require_traitprecedence(),
      require_traituse(),
      require_try2(),
      require_typereference(),
      require_unary(),
      require_uniontype(),
      require_unset(),
      require_usegroup(),
      require_useitem(),
      require_variable2(),
      require_variadic(),
      require_variadicplaceholder(),
      require_while(),
      require_yield(),
      require_yieldfrom()
    ].forEach(function(ctor) {
      AST.prototype[ctor.kind] = ctor;
    });
    module.exports = AST;
  }
});

// node_modules/php-parser/src/index.js
var require_src = __commonJS({
  "node_modules/php-parser/src/index.js"(exports, module) {
    "use strict";
    var lexer = require_lexer();
    var parser = require_parser();
    var tokens = require_tokens2();
    var AST = require_ast();
    function combine(src, to) {
      const keys = Object.keys(src);
      let i = keys.length;
      while (i--) {
        const k = keys[i];
        if (k === "__proto__" || k === "constructor" || k === "prototype") {
          continue;
        }
        const val = src[k];
        if (val === null) {
          delete to[k];
        } else if (typeof val === "function") {
          to[k] = val.bind(to);
        } else if (Array.isArray(val)) {
          to[k] = Array.isArray(to[k]) ? to[k].concat(val) : val;
        } else if (typeof val === "object") {
          to[k] = typeof to[k] === "object" ? combine(val, to[k]) : val;
        } else {
          to[k] = val;
        }
      }
      return to;
    }
    var Engine3 = function(options) {
      if (typeof this === "function") {
        return new this(options);
      }
      this.tokens = tokens;
      this.lexer = new lexer(this);
      this.ast = new AST();
      this.parser = new parser(this.lexer, this.ast);
      if (options && typeof options === "object") {
        if (options.parser) {
          if (!options.lexer) {
            options.lexer = {};
          }
          if (options.parser.version) {
            if (typeof options.parser.version === "string") {
              let version = options.parser.version.split(".");
              version = parseInt(version[0]) * 100 + parseInt(version[1]);
              if (isNaN(version)) {
                throw new Error("Bad version number : " + options.parser.version);
              } else {
                options.parser.version = version;
              }
            } else if (typeof options.parser.version !== "number") {
              throw new Error("Expecting a number for version");
            }
            if (options.parser.version < 500 || options.parser.version > 900) {
              throw new Error("Can only handle versions between 5.x to 8.x");
            }
          }
        }
        combine(options, this);
        this.lexer.version = this.parser.version;
      }
    };
    var getStringBuffer = function(buffer) {
      return typeof buffer.write === "function" ? buffer.toString() : buffer;
    };
    Engine3.create = function(options) {
      return new Engine3(options);
    };
    Engine3.parseEval = function(buffer, options) {
      const self = new Engine3(options);
      return self.parseEval(buffer);
    };
    Engine3.prototype.parseEval = function(buffer) {
      this.lexer.mode_eval = true;
      this.lexer.all_tokens = false;
      buffer = getStringBuffer(buffer);
      return this.parser.parse(buffer, "eval");
    };
    Engine3.parseCode = function(buffer, filename, options) {
      if (typeof filename === "object" && !options) {
        options = filename;
        filename = "unknown";
      }
      const self = new Engine3(options);
      return self.parseCode(buffer, filename);
    };
    Engine3.prototype.parseCode = function(buffer, filename) {
      this.lexer.mode_eval = false;
      this.lexer.all_tokens = false;
      buffer = getStringBuffer(buffer);
      return this.parser.parse(buffer, filename);
    };
    Engine3.tokenGetAll = function(buffer, options) {
      const self = new Engine3(options);
      return self.tokenGetAll(buffer);
    };
    Engine3.prototype.tokenGetAll = function(buffer) {
      this.lexer.mode_eval = false;
      this.lexer.all_tokens = true;
      buffer = getStringBuffer(buffer);
      const EOF = this.lexer.EOF;
      const names = this.tokens.values;
      this.lexer.setInput(buffer);
      let token = this.lexer.lex() || EOF;
      const result = [];
      while (token != EOF) {
        let entry = this.lexer.yytext;
        if (Object.prototype.hasOwnProperty.call(names, token)) {
          entry = [names[token], entry, this.lexer.yylloc.first_line];
        }
        result.push(entry);
        token = this.lexer.lex() || EOF;
      }
      return result;
    };
    module.exports = Engine3;
    module.exports.tokens = tokens;
    module.exports.lexer = lexer;
    module.exports.AST = AST;
    module.exports.parser = parser;
    module.exports.combine = combine;
    module.exports.Engine = Engine3;
    module.exports.default = Engine3;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR2 = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR: STAR2,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils3 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path5, { windows } = {}) => {
      const segs = path5.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils3();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants4 = require_constants();
    var utils = require_utils3();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR: STAR2,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR: STAR2,
        START_ANCHOR
      } = constants4.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse = require_parse();
    var utils = require_utils3();
    var constants4 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
    picomatch3.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch3.parse(p, options));
      return parse(pattern2, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan2(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed2 = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed2.output = parse.fastpaths(input, options);
      }
      if (!parsed2.output) {
        parsed2 = parse(input, options);
      }
      return picomatch3.compileRe(parsed2, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants4;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils3();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/cli-main.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { accessSync, constants as constants3, realpathSync, statSync as statSync3, writeFileSync as writeFileSync2 } from "node:fs";
import path4 from "node:path";
import { parseArgs } from "node:util";

// src/engine/cache-file.ts
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/version.ts
var TOOL_VERSION = "0.1.0";
var REPOSITORY_URL = "https://github.com/stateless-audit/stateless-audit";
var DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`;

// src/engine/config-file.ts
var CONFIG_FILE_NAME = "stateless-audit.json";
var DEFAULT_CONFIG = { rules: {}, ignorePaths: [], configPaths: [], envFiles: null };
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var KNOWN_KEYS = ["rules", "ignorePaths", "configPaths", "envFiles"];
var RULE_SETTINGS = ["error", "warning", "notice", "off"];
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length];
}
function didYouMean(word2, candidates) {
  let best = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word2.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word2.length / 3)) ? ` (did you mean "${best}"?)` : "";
}
function stringArray(value, key, source) {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v.trim() === "")) {
    throw new UsageError(`${source}: "${key}" must be an array of non-empty strings.`);
  }
  return value;
}
function parseConfig(text, source, knownRuleIds) {
  let data;
  try {
    data = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (err) {
    throw new UsageError(`${source} is not valid JSON: ${err.message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new UsageError(`${source} must contain a JSON object.`);
  }
  const record2 = data;
  const unknown = Object.keys(record2).filter((k) => !KNOWN_KEYS.includes(k));
  if (unknown.length > 0) {
    const names = unknown.map((k) => `"${k}"${didYouMean(k, KNOWN_KEYS)}`).join(", ");
    throw new UsageError(`${source}: unknown key ${names}. Known keys: ${KNOWN_KEYS.join(", ")}.`);
  }
  const config = { rules: {}, ignorePaths: [], configPaths: [], envFiles: null };
  if (record2.rules !== void 0) {
    const rules = record2.rules;
    if (rules === null || typeof rules !== "object" || Array.isArray(rules)) {
      throw new UsageError(
        `${source}: "rules" must be an object mapping rule ids to error, warning, notice or off.`
      );
    }
    const unknownIds = Object.keys(rules).filter((id) => !knownRuleIds.includes(id));
    if (unknownIds.length > 0) {
      const names = unknownIds.map((id) => `"${id}"${didYouMean(id, knownRuleIds)}`).join(", ");
      throw new UsageError(
        `${source}: unknown rule id${unknownIds.length > 1 ? "s" : ""} ${names} in "rules".`
      );
    }
    for (const [id, setting] of Object.entries(rules)) {
      if (typeof setting !== "string" || !RULE_SETTINGS.includes(setting)) {
        throw new UsageError(
          `${source}: rule "${id}" is set to ${JSON.stringify(setting)}; use one of error, warning, notice, off.`
        );
      }
      config.rules[id] = setting;
    }
  }
  if (record2.ignorePaths !== void 0)
    config.ignorePaths = stringArray(record2.ignorePaths, "ignorePaths", source);
  if (record2.configPaths !== void 0)
    config.configPaths = stringArray(record2.configPaths, "configPaths", source);
  if (record2.envFiles !== void 0) {
    config.envFiles = stringArray(record2.envFiles, "envFiles", source);
    if (config.envFiles.length === 0)
      throw new UsageError(
        `${source}: "envFiles" is empty; list the env files to read, or leave the key out for the default list.`
      );
  }
  return config;
}

// src/engine/result-cache.ts
import * as crypto from "node:crypto";

// src/rules/meta-rules.ts
var parseErrorRule = {
  id: "parse-error",
  level: "meta",
  defaultSeverity: "notice",
  summary: "A file could not be fully parsed; the readable parts were still audited.",
  help: "The PHP or Blade file has a syntax error, is binary, or is too large to audit. The parser recovers where it can and audits what it could read, but a rule cannot see code it could not parse. Fix the syntax error (php -l shows it)."
};
var unusedSuppressionRule = {
  id: "unused-suppression",
  level: "meta",
  defaultSeverity: "notice",
  summary: "A stateless-audit-ignore comment suppresses nothing.",
  help: "The suppression names a rule that reports nothing on the covered line (the code was fixed or moved, or the rule id is misspelled). Remove it, so that suppressions cannot rot and hide a future finding."
};
var suppressionWithoutReasonRule = {
  id: "suppression-without-reason",
  level: "meta",
  defaultSeverity: "notice",
  summary: "A stateless-audit-ignore comment gives no reason.",
  help: 'Write why the state is safe here after " -- ", e.g. "// stateless-audit-ignore storage-local-write -- storage/ is an EFS mount shared by every server". The next reader needs to know the suppression is still true.'
};
var internalErrorRule = {
  id: "internal-error",
  level: "meta",
  defaultSeverity: "notice",
  summary: "A rule failed on a file; the other rules and files were still audited.",
  help: "A bug in stateless-audit stopped one rule on one file. The finding names the rule and the error. Other rules and files are unaffected. Please report it with the file (or a reduced copy of it)."
};
var metaRules = [
  parseErrorRule,
  unusedSuppressionRule,
  suppressionWithoutReasonRule,
  internalErrorRule
];

// src/php/nodes.ts
function isKind(node, kind) {
  return isNode(node) && node.kind === kind;
}
function isNode(value) {
  return typeof value === "object" && value !== null && typeof value.kind === "string";
}
function isFunctionLike(node) {
  return isNode(node) && (node.kind === "function" || node.kind === "method" || node.kind === "closure" || node.kind === "arrowfunc");
}
function isMemberLookup(node) {
  return isNode(node) && (node.kind === "propertylookup" || node.kind === "nullsafepropertylookup" || node.kind === "staticlookup");
}
function memberName(lookup) {
  const offset = lookup.offset;
  if (isKind(offset, "identifier")) return offset.name;
  if (isKind(offset, "string")) return offset.value;
  return null;
}
function returnsArray(program) {
  const statements = (node) => node.children ?? [];
  for (const statement of statements(program)) {
    const inner = isKind(statement, "namespace") ? statements(statement) : [statement];
    if (inner.some((s) => isKind(s, "return") && isKind(s.expr, "array"))) return true;
  }
  return false;
}

// src/php/walk.ts
var NON_CHILD_KEYS = /* @__PURE__ */ new Set([
  "kind",
  "loc",
  "leadingComments",
  "trailingComments",
  "errors",
  "comments",
  "tokens"
]);
function childrenOf(node) {
  const out = [];
  const record2 = node;
  for (const key of Object.keys(record2)) {
    if (NON_CHILD_KEYS.has(key)) continue;
    const value = record2[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push({ key, node: item });
    } else if (isNode(value)) {
      out.push({ key, node: value });
    }
  }
  return out;
}
function pushChildrenReversed(node, stack) {
  const record2 = node;
  const keys = Object.keys(record2);
  for (let k = keys.length - 1; k >= 0; k--) {
    if (NON_CHILD_KEYS.has(keys[k])) continue;
    const value = record2[keys[k]];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push(value[i]);
    } else if (isNode(value)) {
      stack.push(value);
    }
  }
}
function firstChildWhere(node, test) {
  const record2 = node;
  for (const key of Object.keys(record2)) {
    if (NON_CHILD_KEYS.has(key)) continue;
    const value = record2[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item) && test(item)) return item;
    } else if (isNode(value) && test(value)) {
      return value;
    }
  }
  return void 0;
}
function walk(root, visitor) {
  const enter = typeof visitor === "function" ? visitor : visitor.enter?.bind(visitor);
  const leave = typeof visitor === "function" ? void 0 : visitor.leave?.bind(visitor);
  const path5 = [];
  const stack = [{ node: root, key: null, exit: false }];
  const context2 = { parent: null, key: null, ancestors: path5 };
  const onPath = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame.exit) {
      path5.pop();
      onPath.delete(frame.node);
      if (leave) {
        context2.parent = path5.length > 0 ? path5[path5.length - 1] : null;
        context2.key = frame.key;
        leave(frame.node, context2);
      }
      continue;
    }
    if (onPath.has(frame.node)) continue;
    context2.parent = path5.length > 0 ? path5[path5.length - 1] : null;
    context2.key = frame.key;
    const result = enter ? enter(frame.node, context2) : void 0;
    if (result === "skip") {
      if (leave) leave(frame.node, context2);
      continue;
    }
    path5.push(frame.node);
    onPath.add(frame.node);
    stack.push({ node: frame.node, key: frame.key, exit: true });
    const children2 = childrenOf(frame.node);
    for (let i = children2.length - 1; i >= 0; i--) {
      stack.push({ node: children2[i].node, key: children2[i].key, exit: false });
    }
  }
}
function collectOnCalls(root, visit) {
  const out = [];
  walk(root, (node, context2) => {
    if (!isKind(node, "call")) return;
    const value = visit(node, [...context2.ancestors, node]);
    if (value !== null) out.push(value);
  });
  return out;
}

// src/php/names.ts
var LARAVEL_FACADE_ALIASES = /* @__PURE__ */ new Set([
  "App",
  "Artisan",
  "Auth",
  "Blade",
  "Broadcast",
  "Bus",
  "Cache",
  "Concurrency",
  "Config",
  "Context",
  "Cookie",
  "Crypt",
  "Date",
  "DB",
  "Event",
  "File",
  "Gate",
  "Hash",
  "Http",
  "Lang",
  "Log",
  "Mail",
  "Notification",
  "Password",
  "Process",
  "Queue",
  "RateLimiter",
  "Redirect",
  "Request",
  "Response",
  "Route",
  "Schedule",
  "Schema",
  "Session",
  "Storage",
  "URL",
  "Validator",
  "View",
  "Vite"
]);
var FACADE_NAMESPACE = "Illuminate\\Support\\Facades";
var FQN = {
  storageFacade: "Illuminate\\Support\\Facades\\Storage",
  cacheFacade: "Illuminate\\Support\\Facades\\Cache",
  logFacade: "Illuminate\\Support\\Facades\\Log",
  scheduleFacade: "Illuminate\\Support\\Facades\\Schedule",
  fileFacade: "Illuminate\\Support\\Facades\\File",
  artisanFacade: "Illuminate\\Support\\Facades\\Artisan",
  sessionFacade: "Illuminate\\Support\\Facades\\Session",
  env: "Illuminate\\Support\\Env",
  schedule: "Illuminate\\Console\\Scheduling\\Schedule",
  uploadedFile: "Illuminate\\Http\\UploadedFile",
  request: "Illuminate\\Http\\Request",
  requestFacade: "Illuminate\\Support\\Facades\\Request",
  symfonyUploadedFile: "Symfony\\Component\\HttpFoundation\\File\\UploadedFile",
  symfonyRequest: "Symfony\\Component\\HttpFoundation\\Request",
  filesystem: "Illuminate\\Filesystem\\Filesystem",
  streamHandler: "Monolog\\Handler\\StreamHandler",
  rotatingFileHandler: "Monolog\\Handler\\RotatingFileHandler"
};
var cache = /* @__PURE__ */ new WeakMap();
var NameResolver = class _NameResolver {
  /** The global scope first, then one entry per `namespace` statement. */
  scopes;
  /** One resolver per program; cached, since several rules ask about the same file. */
  static for(program) {
    let resolver = cache.get(program);
    if (!resolver) {
      resolver = new _NameResolver(program);
      cache.set(program, resolver);
    }
    return resolver;
  }
  constructor(program) {
    const global = newScope("", 0, Number.MAX_SAFE_INTEGER);
    this.scopes = [global];
    const stack = [global];
    walk(program, {
      enter: (node) => {
        const scope = stack[stack.length - 1];
        if (isKind(node, "namespace")) {
          const ns = namespaceScope(node);
          this.scopes.push(ns);
          stack.push(ns);
        } else if (isKind(node, "usegroup")) {
          addImports(scope, node);
        } else if (isKind(node, "function")) {
          const name = typeof node.name === "string" ? node.name : node.name?.name;
          if (name) scope.declaredFunctions.add(name.toLowerCase());
        }
      },
      leave: (node) => {
        if (isKind(node, "namespace")) stack.pop();
      }
    });
  }
  /** The namespace a node is in (by source offset). */
  scopeAt(node) {
    const offset = node?.loc?.start.offset;
    if (offset !== void 0) {
      for (let i = this.scopes.length - 1; i > 0; i--) {
        const scope = this.scopes[i];
        if (offset >= scope.start && offset < scope.end) return scope;
      }
    }
    return this.scopes[0];
  }
  /**
   * The fully qualified class name (no leading `\`) a `name` node refers to, as PHP resolves it.
   * Null for `self`/`static`/`parent`, dynamic class expressions and builtin type names.
   */
  resolveClass(node) {
    if (!isKind(node, "name")) return null;
    const lower = node.name.toLowerCase();
    if (lower === "self" || lower === "static" || lower === "parent") return null;
    return resolveClassName(node.name, node.resolution, this.scopeAt(node));
  }
  /**
   * Like resolveClass, but a root facade alias (`Storage` in the global namespace, `\Storage`,
   * `use Storage;`) becomes its facade FQN, `Illuminate\Support\Facades\Storage`.
   */
  resolveLaravelClass(node) {
    const fqn = this.resolveClass(node);
    return fqn === null ? null : canonicalLaravelClass(fqn);
  }
  /**
   * The facade's short name (`Storage`) when the node names a Laravel facade through its FQN, an
   * import (also aliased) or the root alias; null otherwise.
   */
  facadeName(node) {
    const fqn = this.resolveLaravelClass(node);
    if (fqn === null || !fqn.startsWith(FACADE_NAMESPACE + "\\")) return null;
    const short = fqn.slice(FACADE_NAMESPACE.length + 1);
    return short.includes("\\") ? null : short;
  }
  /** The fully qualified function name (no leading `\`) a call's `name` node refers to. */
  resolveFunction(node) {
    if (!isKind(node, "name")) return null;
    return resolveFunctionName(node, this.scopeAt(node));
  }
  /**
   * True when `node` is a call of one of the global functions `names` (case-insensitive), as PHP
   * resolves the call: `env()`, `ENV()`, `\env()` match; `namespace\env()` in a namespace,
   * `Foo\env()`, an `env` imported with `use function` or declared in the file's namespace do not.
   */
  isGlobalFunctionCall(node, names) {
    if (!isKind(node, "call")) return false;
    const fqn = this.resolveFunction(node.what);
    if (fqn === null || fqn.includes("\\")) return false;
    const wanted = typeof names === "string" ? [names] : names;
    const lower = fqn.toLowerCase();
    return wanted.some((name) => name.toLowerCase() === lower);
  }
  /** The resolved global function name (lower case) of a call, null for anything else. */
  globalFunctionName(node) {
    if (!isKind(node, "call")) return null;
    const fqn = this.resolveFunction(node.what);
    if (fqn === null || fqn.includes("\\")) return null;
    return fqn.toLowerCase();
  }
  /**
   * The class FQNs of a type declaration (`Schedule`, `?Schedule`, `A|B`, `A&B`), resolved
   * through imports; builtin types (`int`, `array`, ...) are left out.
   */
  typeNames(type) {
    if (!isNode(type)) return [];
    if (isKind(type, "name")) {
      const fqn = this.resolveLaravelClass(type);
      return fqn ? [fqn] : [];
    }
    if (isKind(type, "uniontype") || isKind(type, "intersectiontype")) {
      return type.types.flatMap((inner) => this.typeNames(inner));
    }
    return [];
  }
};
function classReference(node, resolver) {
  if (isKind(node, "staticlookup") && isKind(node.offset, "identifier") && node.offset.name.toLowerCase() === "class") {
    return resolver.resolveClass(node.what);
  }
  if (isKind(node, "string") || isKind(node, "nowdoc")) {
    const text = node.value.trim().replace(/^\\/, "");
    return /^[A-Za-z_\x80-\uffff][\w\x80-\uffff]*(\\[A-Za-z_\x80-\uffff][\w\x80-\uffff]*)*$/.test(text) ? text : null;
  }
  return null;
}
function canonicalLaravelClass(fqn) {
  if (!fqn.includes("\\")) {
    if (LARAVEL_FACADE_ALIASES.has(fqn)) return `${FACADE_NAMESPACE}\\${fqn}`;
    if (fqn === "Env") return FQN.env;
  }
  return fqn;
}
function sameName(a, b) {
  return typeof a === "string" && a.replace(/^\\/, "").toLowerCase() === b.replace(/^\\/, "").toLowerCase();
}
function newScope(name, start, end) {
  return {
    name,
    classImports: /* @__PURE__ */ new Map(),
    functionImports: /* @__PURE__ */ new Map(),
    declaredFunctions: /* @__PURE__ */ new Set(),
    start,
    end
  };
}
function namespaceScope(node) {
  const start = node.loc?.start.offset ?? 0;
  const end = node.loc?.end.offset ?? Number.MAX_SAFE_INTEGER;
  const name = typeof node.name === "string" ? node.name.replace(/^\\/, "") : "";
  return newScope(name, start, Math.max(end, start + 1));
}
function addImports(scope, group) {
  const prefix = group.name ? group.name.replace(/^\\/, "").replace(/\\$/, "") + "\\" : "";
  for (const item of group.items) {
    const type = item.type ?? group.type;
    const fqn = prefix + item.name.replace(/^\\/, "");
    const alias = item.alias?.name ?? fqn.slice(fqn.lastIndexOf("\\") + 1);
    if (type === "function") scope.functionImports.set(alias.toLowerCase(), fqn);
    else if (type !== "const") scope.classImports.set(alias.toLowerCase(), fqn);
  }
}
function join(namespace, name) {
  return namespace === "" ? name : `${namespace}\\${name}`;
}
function resolveClassName(written, resolution, scope) {
  if (resolution === "fqn" || written.startsWith("\\")) return written.replace(/^\\/, "");
  if (resolution === "rn") return join(scope.name, written.replace(/^namespace\\/i, ""));
  const slash = written.indexOf("\\");
  const first = slash === -1 ? written : written.slice(0, slash);
  const imported = scope.classImports.get(first.toLowerCase());
  if (imported !== void 0) return slash === -1 ? imported : imported + written.slice(slash);
  return join(scope.name, written);
}
function resolveFunctionName(node, scope) {
  const written = node.name;
  if (node.resolution === "fqn" || written.startsWith("\\")) return written.replace(/^\\/, "");
  if (node.resolution === "rn") return join(scope.name, written.replace(/^namespace\\/i, ""));
  if (written.includes("\\")) {
    return resolveClassName(written, "qn", scope);
  }
  const lower = written.toLowerCase();
  const imported = scope.functionImports.get(lower);
  if (imported !== void 0) return imported;
  if (scope.name !== "" && scope.declaredFunctions.has(lower)) return join(scope.name, written);
  return written;
}

// src/php/chain.ts
function isMethodCall(node) {
  return isKind(node, "call") && isMemberLookup(node.what);
}
function flattenChain(outer) {
  if (!isMethodCall(outer)) return null;
  const links = [];
  let current = outer;
  while (isMethodCall(current)) {
    const lookup = current.what;
    links.push({
      name: memberName(lookup),
      args: current.arguments,
      call: current,
      lookup,
      isStatic: lookup.kind === "staticlookup"
    });
    current = lookup.what;
  }
  links.reverse();
  return { root: current, links, outer };
}
function outermostCall(call2, ancestors) {
  let outer = call2;
  for (let i = ancestors.length - 1; i >= 1; i -= 2) {
    const lookup = ancestors[i];
    const next = ancestors[i - 1];
    if (!isMemberLookup(lookup) || lookup.what !== outer) break;
    if (!isKind(next, "call") || next.what !== lookup) break;
    outer = next;
  }
  return outer;
}
function enclosingChain(call2, ancestors) {
  return flattenChain(outermostCall(call2, ancestors));
}
function chainHas(chain2, methods2, from = 0) {
  const wanted = (typeof methods2 === "string" ? [methods2] : methods2).map((m) => m.toLowerCase());
  return chain2.links.slice(from).some((link) => link.name !== null && wanted.includes(link.name.toLowerCase()));
}

// src/php/args.ts
function argument(call2, position, name) {
  if (name !== void 0) {
    const named = namedArgument(call2, name);
    if (named) return named;
  }
  let index = 0;
  for (const arg of call2.arguments) {
    if (isKind(arg, "namedargument")) break;
    if (isKind(arg, "variadic")) return null;
    if (index === position) return arg;
    index++;
  }
  return null;
}
function namedArgument(call2, name) {
  for (const arg of call2.arguments) {
    if (isKind(arg, "namedargument") && arg.name === name) return arg.value;
  }
  return null;
}
function concatParts(expr) {
  const out = [];
  const stack = [expr];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isKind(node, "bin") && node.type === ".") {
      stack.push(node.right, node.left);
    } else if (isKind(node, "encapsed") && node.type !== "shell") {
      for (let i = node.value.length - 1; i >= 0; i--) stack.push(node.value[i].expression);
    } else {
      out.push(node);
    }
  }
  return out;
}
function literalText(node) {
  if (isKind(node, "string") || isKind(node, "nowdoc")) return node.value;
  if (isKind(node, "number")) return node.value;
  return null;
}
function stringValue(node) {
  if (!isNode(node)) return null;
  if (isKind(node, "string") || isKind(node, "nowdoc")) return node.value;
  if (!(isKind(node, "bin") && node.type === ".") && !isKind(node, "encapsed")) return null;
  let text = "";
  for (const part of concatParts(node)) {
    const value = literalText(part);
    if (value === null) return null;
    text += value;
  }
  return text;
}
function isNullLiteral(node) {
  if (isKind(node, "nullkeyword")) return true;
  return isKind(node, "name") && node.resolution === "uqn" && node.name.toLowerCase() === "null";
}
function entryKey(entry) {
  if (!isKind(entry, "entry") || !entry.key) return null;
  return stringValue(entry.key) ?? literalText(entry.key);
}
function arrayValue(array, key) {
  if (!isKind(array, "array")) return null;
  let found = null;
  for (const item of array.items) {
    if (isKind(item, "entry") && entryKey(item) === key) found = item.value;
  }
  return found;
}
function arrayString(array, key) {
  return stringValue(arrayValue(array, key));
}
function arrayHasSpread(array) {
  return array.items.some((item) => isKind(item, "entry") && item.unpack || isKind(item, "variadic"));
}

// src/php/variables.ts
function variableName(node) {
  return isKind(node, "variable") && typeof node.name === "string" ? node.name : null;
}
function variableDeclaration(variable, ancestors, resolver) {
  const name = variableName(variable);
  if (name === null || name === "this") return null;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const scope = ancestors[i];
    if (!isFunctionLike(scope)) continue;
    if (isInsideParameters(scope, ancestors[i + 1] ?? variable)) continue;
    const parameter = scope.arguments.find((param) => param.name?.name === name);
    if (parameter) return { owner: scope, parameter, types: resolver.typeNames(parameter.type) };
    if (scope.kind === "arrowfunc") continue;
    if (scope.kind === "closure" && (scope.uses ?? []).some((used) => variableName(used) === name)) continue;
    return null;
  }
  return null;
}
function variableTypes(variable, ancestors, resolver) {
  if (variableName(variable) === "this") {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const node = ancestors[i];
      if (isKind(node, "class") || isKind(node, "trait") || isKind(node, "enum")) {
        const cls = node;
        if (!cls.name) return [];
        const ns = resolver.scopeAt(node).name;
        return [ns === "" ? cls.name.name : `${ns}\\${cls.name.name}`];
      }
    }
    return [];
  }
  return variableDeclaration(variable, ancestors, resolver)?.types ?? [];
}
function variableHasType(variable, ancestors, resolver, fqn) {
  return variableTypes(variable, ancestors, resolver).some((type) => sameName(type, fqn));
}
function assignedValue(variable, ancestors) {
  const name = variableName(variable);
  const useOffset = variable.loc?.start.offset;
  if (name === null || useOffset === void 0) return null;
  let scope;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (isFunctionLike(node) && node.kind !== "arrowfunc") {
      scope = node.body ?? void 0;
      break;
    }
  }
  scope ??= ancestors[0];
  if (!isNode(scope)) return null;
  let found = null;
  const root = scope;
  walk(root, (node) => {
    if (node !== root && (isFunctionLike(node) || isClassLike(node))) return "skip";
    if (isKind(node, "assign") && node.operator === "=" && variableName(node.left) === name && node.left !== variable && (node.loc?.end.offset ?? Infinity) <= useOffset) {
      found = node;
    }
  });
  return found === null ? null : found.right;
}
function traceValue(expr, ancestors, maxHops = 5) {
  let current = expr;
  for (let hops = 0; isNode(current); hops++) {
    if (!isKind(current, "variable")) return current;
    if (hops >= maxHops) return null;
    current = assignedValue(current, ancestors) ?? assignedValue(current, capturingScope(current, ancestors));
  }
  return null;
}
function capturingScope(variable, ancestors) {
  const name = variableName(variable);
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (!isFunctionLike(node) || node.kind === "arrowfunc") continue;
    const captured = node.kind === "closure" && (node.uses ?? []).some((used) => variableName(used) === name);
    return captured ? ancestors.slice(0, i) : ancestors;
  }
  return ancestors;
}
function foreachSource(variable, ancestors) {
  const name = variableName(variable);
  if (name === null) return null;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (isFunctionLike(node) && node.kind !== "arrowfunc") return null;
    if (!isKind(node, "foreach")) continue;
    const loop = node;
    if (variableName(loop.value) !== name) continue;
    if (ancestors[i + 1] !== loop.body) return null;
    const reassigned = assignedValue(variable, ancestors);
    const bodyStart = loop.body?.loc?.start.offset;
    if (reassigned && bodyStart !== void 0 && (reassigned.loc?.start.offset ?? -1) >= bodyStart)
      return null;
    return loop.source;
  }
  return null;
}
function enclosingClass(ancestors) {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (isKind(node, "class") || isKind(node, "trait") || isKind(node, "enum")) return node;
  }
  return null;
}
function enclosingClassTraits(ancestors, resolver) {
  const cls = enclosingClass(ancestors);
  if (!cls) return [];
  const out = [];
  for (const member of cls.body) {
    if (!isKind(member, "traituse")) continue;
    for (const trait of member.traits) {
      const fqn = resolver.resolveClass(trait);
      if (fqn !== null) out.push(fqn);
    }
  }
  return out;
}
function thisPropertyDeclaration(lookup, ancestors, resolver) {
  if (!(isKind(lookup, "propertylookup") || isKind(lookup, "nullsafepropertylookup"))) return null;
  if (variableName(lookup.what) !== "this" || !isKind(lookup.offset, "identifier")) return null;
  const name = lookup.offset.name;
  const cls = enclosingClass(ancestors);
  if (!cls) return null;
  for (const member of cls.body) {
    if (isKind(member, "propertystatement")) {
      for (const property of member.properties) {
        const propName = typeof property.name === "string" ? property.name : property.name.name;
        if (propName === name) {
          return { node: property, types: resolver.typeNames(property.type), typed: property.type !== null };
        }
      }
    } else if (isKind(member, "method") && nameOf(member) === "__construct") {
      for (const param of member.arguments) {
        if (param.flags && param.name?.name === name) {
          return { node: param, types: resolver.typeNames(param.type), typed: param.type !== null };
        }
      }
    }
  }
  return null;
}
function nameOf(fn) {
  const name = typeof fn.name === "string" ? fn.name : fn.name?.name;
  return name === void 0 ? null : name.toLowerCase();
}
function isClassLike(node) {
  return node.kind === "class" || node.kind === "interface" || node.kind === "trait" || node.kind === "enum";
}
function isInsideParameters(fn, child2) {
  return fn.arguments.includes(child2);
}

// src/php/paths.ts
var LOCAL_PATH_HELPERS = ["storage_path", "public_path", "base_path"];
function isUrlLike(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^\/\//.test(text) || /^php:/i.test(text);
}
function isStoragePathLiteral(text) {
  if (isUrlLike(text)) return false;
  return /^(\.\/)?storage(\/|$)/.test(text) || /^\/(?:[^/\s]+\/)*storage\//.test(text);
}
function localPathOrigin(expr, resolver, ancestors) {
  return leftmostOrigin(expr, ancestors, (first) => {
    const helper = resolver.globalFunctionName(first);
    if (helper !== null && LOCAL_PATH_HELPERS.includes(helper)) {
      return { kind: helper, node: first };
    }
    const text = literalText(first);
    if (text !== null) return isStoragePathLiteral(text) ? { kind: "storage-literal", node: first } : null;
    return void 0;
  });
}
var TEMP_PATH_FUNCTIONS = ["sys_get_temp_dir", "tempnam", "tmpfile"];
function isTempPathLiteral(text) {
  return /^\/(var\/)?tmp(\/|$)/.test(text);
}
function tempPathOrigin(expr, resolver, ancestors) {
  return leftmostOrigin(expr, ancestors, (first) => {
    const fn = resolver.globalFunctionName(first);
    if (fn !== null && TEMP_PATH_FUNCTIONS.includes(fn)) {
      if (fn === "tempnam" && isKind(first, "call")) {
        const dir = first.arguments[0];
        const inTemp = literalText(dir) === "" || tempPathOrigin(dir, resolver, ancestors) !== null;
        if (!inTemp) return null;
      }
      return { kind: fn, node: first };
    }
    const text = literalText(first);
    if (text !== null) return isTempPathLiteral(text) ? { kind: "tmp-literal", node: first } : null;
    return void 0;
  });
}
function leftmostOrigin(expr, ancestors, judge) {
  let current = expr;
  for (let hops = 0; current && hops < 5; hops++) {
    const first = concatParts(current)[0];
    const verdict = judge(first);
    if (verdict !== void 0) return verdict;
    if (!ancestors || !isKind(first, "variable")) return null;
    current = assignedValue(first, ancestors);
  }
  return null;
}

// src/php/span.ts
function spanOf(node) {
  const loc = node.loc;
  if (!loc) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    line: loc.start.line,
    column: loc.start.column + 1,
    endLine: loc.end.line,
    endColumn: loc.end.column + 1
  };
}
function spanBetween(first, last) {
  const a = spanOf(first);
  const b = spanOf(last);
  return { line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}
function sourceText(text, node) {
  const loc = node.loc;
  if (!loc) return null;
  return text.slice(loc.start.offset, loc.end.offset);
}
function callSpan(call2) {
  if (isKind(call2, "call") && isMemberLookup(call2.what) && isKind(call2.what.offset, "identifier")) {
    return spanBetween(call2.what.offset, call2);
  }
  return spanOf(call2);
}

// src/php/engine.ts
var import_php_parser = __toESM(require_src(), 1);

// src/php/lines.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low], offset };
  }
  /** The offset of a 1-based line and 0-based column (the inverse of position()). */
  offset(line, column) {
    return (this.starts[line - 1] ?? this.starts[this.starts.length - 1]) + column;
  }
};

// src/php/engine.ts
function newEngine(extractDoc) {
  return new import_php_parser.Engine({
    parser: { php8: true, version: "8.5", suppressErrors: true, extractDoc },
    ast: { withPositions: true }
  });
}
var withComments = newEngine(true);
var withoutComments = newEngine(false);
function resetParser() {
  withComments = newEngine(true);
  withoutComments = newEngine(false);
}
function emptyProgram() {
  return { kind: "program", loc: null, children: [], errors: [], comments: [] };
}
function parseCodeSafe(code2, filename, comments = true) {
  try {
    const engine = comments ? withComments : withoutComments;
    const program = engine.parseCode(code2, filename);
    if ((program.errors ?? []).length > 0) dropHoles(program);
    normaliseLocations(program, code2);
    const problems = dedupeProblems(
      (program.errors ?? []).map((error) => ({
        line: error.loc?.start.line ?? error.line ?? 1,
        column: error.loc?.start.column ?? 0,
        offset: error.loc?.start.offset ?? 0,
        message: cleanMessage(error.message)
      }))
    );
    return { program, problems };
  } catch (error) {
    const message = error instanceof RangeError ? "nesting too deep to parse (the parser ran out of stack); the file was not audited" : `the parser gave up: ${cleanMessage(error instanceof Error ? error.message : String(error))}`;
    return { program: emptyProgram(), problems: [{ line: 1, column: 0, offset: 0, message }] };
  }
}
function dropHoles(program) {
  const stack = [program];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const value = stack.pop();
    if (seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      if (key === "loc") continue;
      const child2 = value[key];
      if (Array.isArray(child2) && child2.includes(void 0))
        value[key] = child2.filter((item) => item !== void 0);
      if (typeof child2 === "object" && child2 !== null) stack.push(value[key]);
    }
  }
}
function cleanMessage(message) {
  return message.replace(/^Parse Error : /, "").replace(/ on line \d+$/, "").trim();
}
function dedupeProblems(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function toSourceComment(comment) {
  const loc = comment.loc;
  if (!loc) return null;
  const text = comment.value.replace(/\r?\n$/, "");
  const newlines = text.split("\n").length - 1;
  return { text, line: loc.start.line, column: loc.start.column + 1, endLine: loc.start.line + newlines };
}
function normaliseLocations(program, code2) {
  let lines = null;
  const at = (offset) => (lines ??= new LineIndex(code2)).position(offset);
  const stack = [program];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === LEAVE) {
      startAtReceiver(stack.pop());
      continue;
    }
    if (isKind(item, "expressionstatement")) endBeforeSemicolon(item, code2, at);
    if (isNode(item.what)) stack.push(item, LEAVE);
    pushChildrenReversed(item, stack);
  }
}
var LEAVE = /* @__PURE__ */ Symbol("leave");
function endBeforeSemicolon(node, code2, at) {
  if (!node.loc) return;
  const end = node.loc.end.offset;
  if (code2[end - 1] !== ";") return;
  let trimmed = end - 1;
  while (trimmed > node.loc.start.offset && /\s/.test(code2[trimmed - 1])) trimmed--;
  const sharesEnd = (child2) => child2.loc?.end.offset === end;
  let current = node.expression;
  while (current?.loc && current.loc.end.offset === end) {
    current.loc = { ...current.loc, end: at(trimmed) };
    current = firstChildWhere(current, sharesEnd);
  }
}
function startAtReceiver(node) {
  const receiver = node.what;
  if (node.loc && isNode(receiver) && receiver.loc && receiver.loc.start.offset < node.loc.start.offset) {
    node.loc = { ...node.loc, start: receiver.loc.start };
  }
}

// src/php/blade.ts
var LOOP_WRAPPERS = /* @__PURE__ */ new Map([
  ["foreach", ["<?php foreach (", ") {} ?>"]],
  ["forelse", ["<?php foreach (", ") {} ?>"]],
  ["for", ["<?php for (", ") {} ?>"]],
  ["while", ["<?php while (", ") {} ?>"]]
]);
var BLADE_DIRECTIVES = new Set(
  [
    "if",
    "elseif",
    "unless",
    "isset",
    "empty",
    "switch",
    "case",
    "for",
    "foreach",
    "forelse",
    "while",
    "include",
    "includeIf",
    "includeWhen",
    "includeUnless",
    "includeFirst",
    "includeIsolated",
    "each",
    "php",
    "json",
    "method",
    "can",
    "cannot",
    "canany",
    "auth",
    "guest",
    "env",
    "section",
    "yield",
    "extends",
    "component",
    "slot",
    "push",
    "prepend",
    "pushIf",
    "pushOnce",
    "prependOnce",
    "stack",
    "props",
    "aware",
    "class",
    "style",
    "checked",
    "selected",
    "disabled",
    "readonly",
    "required",
    "error",
    "lang",
    "choice",
    "inject",
    "once",
    "dd",
    "dump",
    "session",
    "context",
    "fragment",
    "hasSection",
    "sectionMissing",
    "break",
    "continue",
    "livewire",
    "vite",
    "use",
    "bool"
  ].map((name) => name.toLowerCase())
);
var CSS_AT_RULES = /* @__PURE__ */ new Set([
  "media",
  "supports",
  "import",
  "container",
  "layer",
  "document",
  "page",
  "font-face",
  "keyframes",
  "charset",
  "namespace",
  "property",
  "scope",
  "starting-style"
]);
var MaskedText = class {
  text;
  pending = [];
  constructor(text) {
    this.text = text;
  }
  mask(from, to) {
    if (to > from) this.pending.push([from, Math.min(to, this.text.length)]);
  }
  current() {
    if (this.pending.length === 0) return this.text;
    this.pending.sort((a, b) => a[0] - b[0]);
    let out = "";
    let done = 0;
    for (const [from, to] of this.pending) {
      const start = Math.max(from, done);
      if (to <= start) continue;
      out += this.text.slice(done, start) + this.text.slice(start, to).replace(/[^\n\r]/g, " ");
      done = to;
    }
    this.text = out + this.text.slice(done);
    this.pending = [];
    return this.text;
  }
};
function matchParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      i = skipString(text, i);
      if (i === -1) return -1;
      continue;
    }
    if (ch === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2) + 1;
      if (i === 0) return -1;
      continue;
    }
    if (ch === "/" && text[i + 1] === "/" || ch === "#" && text[i + 1] !== "[") {
      i = text.indexOf("\n", i);
      if (i === -1) return -1;
      continue;
    }
    if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
function skipString(text, start) {
  const quote2 = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote2) return i;
  }
  return -1;
}
function phpTagEnd(text, start) {
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      const end = skipString(text, i);
      if (end === -1) return text.length;
      i = end;
    } else if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end === -1) return text.length;
      i = end + 1;
    } else if (ch === "/" && text[i + 1] === "/" || ch === "#") {
      while (i < text.length && text[i] !== "\n" && !(text[i] === "?" && text[i + 1] === ">")) i++;
      if (text[i] === "?") return i + 2;
    } else if (ch === "?" && text[i + 1] === ">") {
      return i + 2;
    }
  }
  return text.length;
}
function componentTagEnd(text, from) {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      if (close === -1) return text.length;
      i = close;
    } else if (ch === ">") {
      return i;
    }
  }
  return text.length;
}
function extractBlade(text) {
  const masked = new MaskedText(text);
  const segments = [];
  const comments = [];
  const problems = [];
  const lines = new LineIndex(text);
  const current = () => masked.current();
  for (const match of text.matchAll(/(?<!@)@verbatim\b([\s\S]*?)@endverbatim\b/g)) {
    masked.mask(match.index, match.index + match[0].length);
  }
  let work = current();
  for (const match of work.matchAll(/(?<![@\w])@php\b(?![ \t]*\()([\s\S]*?)@endphp\b/g)) {
    const codeStart = match.index + "@php".length;
    segments.push({ kind: "php-block", code: match[1], offset: codeStart, start: match.index });
    masked.mask(match.index, match.index + match[0].length);
  }
  work = current();
  const commented = [];
  for (const match of work.matchAll(/\{\{--([\s\S]*?)--\}\}/g)) {
    commented.push([match.index, match.index + match[0].length]);
    const start = lines.position(match.index);
    const body = text.slice(match.index, match.index + match[0].length);
    comments.push({
      text: body,
      line: start.line,
      column: start.column + 1,
      endLine: start.line + (body.split("\n").length - 1)
    });
    masked.mask(match.index, match.index + match[0].length);
  }
  if (commented.length > 0) {
    const inComment = (offset) => commented.some(([from, to]) => offset >= from && offset < to);
    for (let i = segments.length - 1; i >= 0; i--) if (inComment(segments[i].start)) segments.splice(i, 1);
  }
  work = current();
  for (let from = 0; ; ) {
    const open = work.slice(from).search(/<\?(php\b|=)/i);
    if (open === -1) break;
    const start = from + open;
    const end = phpTagEnd(work, start + 2);
    segments.push({ kind: "php-tag", code: text.slice(start, end), offset: start, start });
    masked.mask(start, end);
    from = end;
  }
  work = current();
  for (const match of work.matchAll(/(@?)(\{!!([\s\S]*?)!!\}|\{\{\{([\s\S]*?)\}\}\}|\{\{([\s\S]*?)\}\})/g)) {
    const escaped = match[1] === "@";
    const raw = match[3] !== void 0;
    const triple = match[4] !== void 0;
    const inner = match[3] ?? match[4] ?? match[5] ?? "";
    const tagStart = match.index + match[1].length;
    if (!escaped) {
      const open = raw || triple ? 3 : 2;
      segments.push({
        kind: raw ? "raw-echo" : "echo",
        code: inner,
        offset: tagStart + open,
        start: tagStart
      });
    }
    masked.mask(match.index, match.index + match[0].length);
  }
  work = current();
  for (const match of work.matchAll(/\{\{|\{!!/g)) {
    problems.push({ offset: match.index, message: `unclosed Blade echo \`${match[0]}\`` });
  }
  work = current();
  for (const tag of work.matchAll(/<x[-:][\w.:-]+/g)) {
    const end = componentTagEnd(work, tag.index + tag[0].length);
    const attributes = /\s:(?!:)([\w.-][\w.:-]*)=(["'])/g;
    attributes.lastIndex = tag.index + tag[0].length;
    for (let attr = attributes.exec(work); attr !== null && attr.index < end; attr = attributes.exec(work)) {
      const valueStart = attr.index + attr[0].length;
      const close = work.indexOf(attr[2], valueStart);
      if (close === -1 || close > end) break;
      segments.push({
        kind: "component-attribute",
        code: text.slice(valueStart, close),
        offset: valueStart,
        start: attr.index + 1
      });
      masked.mask(valueStart, close);
      attributes.lastIndex = close + 1;
    }
  }
  work = current();
  const directive = /\B@(@?)([A-Za-z_][\w-]*(?:::\w+)?)([ \t]*)(\()?/g;
  for (let match = directive.exec(work); match !== null; match = directive.exec(work)) {
    const [, escape, name, , paren] = match;
    if (escape === "@" || paren === void 0) continue;
    const lower = name.toLowerCase();
    if (CSS_AT_RULES.has(lower)) continue;
    const open = match.index + match[0].length - 1;
    const close = matchParen(work, open);
    if (close === -1) {
      if (BLADE_DIRECTIVES.has(lower))
        problems.push({ offset: match.index, message: `unbalanced parentheses in @${name}(` });
      continue;
    }
    segments.push({
      kind: "directive",
      directive: name,
      code: text.slice(open + 1, close - 1),
      offset: open + 1,
      start: match.index
    });
    directive.lastIndex = close;
  }
  segments.sort((a, b) => a.offset - b.offset);
  return {
    segments,
    comments,
    problems: problems.map(({ offset, message }) => {
      const position = lines.position(offset);
      return { line: position.line, column: position.column + 1, message };
    })
  };
}
var ARGS_CALL = "__stateless_audit_blade_args";
function wrap(segment) {
  const base = { strict: true, unwrapArguments: false, pinned: false };
  switch (segment.kind) {
    case "echo":
    case "raw-echo":
      return { ...base, source: `<?php ${segment.code} ?>`, prefix: 6 };
    case "php-block":
      return { ...base, source: `<?php ${segment.code} ?>`, prefix: 6 };
    case "php-tag":
      return { ...base, source: segment.code, prefix: 0 };
    case "component-attribute":
      return { ...base, source: `<?php (${segment.code}) ?>`, prefix: 7 };
    case "directive": {
      const name = (segment.directive ?? "").toLowerCase();
      const loop = LOOP_WRAPPERS.get(name);
      if (loop) return { ...base, source: loop[0] + segment.code + loop[1], prefix: loop[0].length };
      if (name === "php") return { ...base, source: `<?php (${segment.code}) ?>`, prefix: 7 };
      if (name === "use") {
        const trimmed = (part) => part.replace(/^[\s'"]+|[\s'"]+$/g, "");
        const expression = trimmed(segment.code.replace(/[()]/g, ""));
        const parts = expression.includes("{") ? [expression] : expression.split(",");
        const path5 = trimmed(parts[0]);
        const alias = parts[1] === void 0 ? void 0 : trimmed(parts[1]);
        const modifier = /^(?:function|const) /.exec(path5)?.[0] ?? "";
        const target = path5.slice(modifier.length).replace(/^\\+/, "");
        if (!/^[\w\\]+(?:\{[\w\\\s,]+\})?$/.test(target) || alias !== void 0 && !/^\w+$/.test(alias))
          return null;
        return {
          ...base,
          strict: false,
          pinned: true,
          source: `<?php use ${modifier}\\${target}${alias ? ` as ${alias}` : ""}; ?>`,
          prefix: 0
        };
      }
      const prefix = `<?php ${ARGS_CALL}(`;
      return {
        source: `${prefix}${segment.code}) ?>`,
        prefix: prefix.length,
        strict: BLADE_DIRECTIVES.has(name),
        unwrapArguments: true,
        pinned: false
      };
    }
  }
}
function relocate(program, segment, wrapped, lines, templateEnd) {
  const codeEnd = segment.offset + (wrapped.pinned ? 0 : segment.code.length);
  const map = (offset) => {
    if (wrapped.pinned) return segment.start;
    const inCode = Math.min(Math.max(offset - wrapped.prefix, 0), segment.code.length);
    return Math.min(segment.offset + inCode, codeEnd, templateEnd);
  };
  const moved = /* @__PURE__ */ new Set();
  const fix = (node) => {
    const loc = node.loc;
    if (!loc || moved.has(loc)) return;
    moved.add(loc);
    loc.start = lines.position(map(loc.start.offset));
    loc.end = lines.position(map(loc.end.offset));
  };
  const stack = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    fix(node);
    for (const comment of node.leadingComments ?? []) fix(comment);
    for (const comment of node.trailingComments ?? []) fix(comment);
    pushChildrenReversed(node, stack);
  }
  for (const comment of program.comments ?? []) fix(comment);
  for (const error of program.errors ?? []) fix(error);
}
function statementsOf(program, wrapped) {
  if (!wrapped.unwrapArguments) return program.children;
  const [first] = program.children;
  const call2 = isKind(first, "expressionstatement") ? first.expression : null;
  if (!isKind(call2, "call") || !isKind(call2.what, "name") || call2.what.name !== ARGS_CALL)
    return program.children;
  return call2.arguments.map(
    (arg) => ({ kind: "expressionstatement", loc: arg.loc, expression: arg })
  );
}
var ASSIGNMENT = /(?<![+\-*/.%?&|^<>=!])=(?![=>])/;
function segmentBindsNames(segment) {
  if (segment.kind === "php-block" || segment.kind === "php-tag") return true;
  if (segment.kind === "directive") {
    const name = (segment.directive ?? "").toLowerCase();
    if (LOOP_WRAPPERS.has(name) || name === "use" || name === "php") return true;
  }
  return ASSIGNMENT.test(segment.code);
}
function parseBladeSource(path5, text, keep, withPhpComments = true) {
  const lines = new LineIndex(text);
  const extraction = extractBlade(text);
  const children2 = [];
  const phpComments = [];
  const comments = [...extraction.comments];
  const parseErrors = [...extraction.problems];
  for (const segment of extraction.segments) {
    if (keep !== void 0 && !keep(segment)) continue;
    let wrapped = wrap(segment);
    if (!wrapped) continue;
    let { program: program2, problems } = parseCodeSafe(wrapped.source, path5, withPhpComments);
    if (problems.length > 0 && (segment.kind === "echo" || segment.kind === "raw-echo")) {
      const ended = { ...wrapped, source: `<?php ${segment.code}; ?>` };
      const again = parseCodeSafe(ended.source, path5, withPhpComments);
      if (again.problems.length === 0) {
        program2 = again.program;
        problems = again.problems;
        wrapped = ended;
      }
    }
    if (problems.length > 0 && !wrapped.strict) continue;
    relocate(program2, segment, wrapped, lines, text.length);
    children2.push(...statementsOf(program2, wrapped));
    for (const comment of program2.comments ?? []) {
      phpComments.push(comment);
      const converted = toSourceComment(comment);
      if (converted) comments.push(converted);
    }
    if (problems.length > 0) {
      const at = lines.position(segment.start);
      const what = segment.kind === "directive" ? `@${segment.directive}(\u2026)` : describe(segment.kind);
      parseErrors.push({ line: at.line, column: at.column + 1, message: `${what}: ${problems[0].message}` });
    }
  }
  comments.sort((a, b) => a.line - b.line || a.column - b.column);
  parseErrors.sort((a, b) => a.line - b.line || a.column - b.column);
  const program = emptyProgram();
  program.children = children2;
  program.comments = phpComments;
  program.loc = { source: null, start: lines.position(0), end: lines.position(text.length) };
  return { path: path5, kind: "blade", text, program, comments, parseErrors };
}
function describe(kind) {
  switch (kind) {
    case "echo":
      return "{{ \u2026 }}";
    case "raw-echo":
      return "{!! \u2026 !!}";
    case "php-block":
      return "@php \u2026 @endphp";
    case "php-tag":
      return "<?php \u2026 ?>";
    case "directive":
      return "@directive(\u2026)";
    case "component-attribute":
      return 'component attribute :\u2026="\u2026"';
  }
}

// src/php/parse.ts
function isBladePath(path5) {
  return /\.blade\.php$/i.test(path5);
}
function parsePhpSource(path5, text, options = {}) {
  const withComments2 = options.comments ?? true;
  if (isBladePath(path5)) return parseBladeSource(path5, text, options.bladeSegments, withComments2);
  const { program, problems } = parseCodeSafe(text, path5, withComments2);
  const comments = [];
  for (const comment of program.comments ?? []) {
    const converted = toSourceComment(comment);
    if (converted) comments.push(converted);
  }
  return {
    path: path5,
    kind: "php",
    text,
    program,
    comments,
    parseErrors: problems.map((problem) => ({
      line: problem.line,
      column: problem.column + 1,
      message: problem.message
    }))
  };
}

// src/rules/triggers.ts
var GAP = String.raw`(?:\s|/\*(?:[^*]|\*(?!/))*\*/|(?://|#)[^\n\r]*(?![^\n\r]))*`;
var ESCAPE = /\\(?:[0-7]|[xX][0-9a-fA-F]|[uU]\{)/;
function ci(text) {
  return text.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}
function exact(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
var LITERALS = /* @__PURE__ */ new WeakMap();
function literalsOf(re) {
  return LITERALS.get(re) ?? null;
}
function withLiterals(re, literals) {
  LITERALS.set(
    re,
    literals.map((l) => l.toLowerCase())
  );
  return re;
}
function pattern(...alternatives) {
  return new RegExp(alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`);
}
function patternWith(literals, ...alternatives) {
  return withLiterals(pattern(...alternatives), literals);
}
function word(...names) {
  return withLiterals(new RegExp(`\\b(?:${names.map(ci).join("|")})\\b`), names);
}
function exactWord(name) {
  return `\\b${exact(name)}\\b`;
}
function call(...names) {
  return withLiterals(new RegExp(`\\b(?:${names.map(ci).join("|")})${GAP}\\(`), names);
}
function methods(...names) {
  return { methods: names.map((n) => n.toLowerCase()) };
}
function allOf(...parts) {
  return { all: parts };
}
function anyOf(...parts) {
  return { any: parts };
}
function methodOnClassOrCall(...names) {
  const name = `${GAP}(?:\\{${GAP}['"])?(?:${names.map(exact).join("|")})\\b`;
  return withLiterals(new RegExp(`(?:::${name}|\\)${GAP}\\??->${name})`, "i"), names);
}
function methodCallPattern(names) {
  return new RegExp(`(?:->|::)${GAP}(?:\\{${GAP}['"])?(${[...names].map(exact).join("|")})\\b`, "gi");
}
var LOCAL_PLACE = allOf(
  patternWith(["storage", "_path"], ci("storage"), ci("_path")),
  pattern(
    `\\b(?:${LOCAL_PATH_HELPERS.map(ci).join("|")})\\b`,
    `['"\\s](?:\\./)?${ci("storage")}[/'"\\s{$]`,
    `/${ci("storage")}/`
  )
);
var CONTAINER_CALL = call("app", "resolve");

// src/rules/env-outside-config.ts
var ENV_CLASS_METHODS = ["get", "getorfail"];
var envOutsideConfig = {
  meta: {
    id: "env-outside-config",
    level: "code",
    defaultSeverity: "error",
    summary: "env() (or Env::get) is called outside the config directory, so it returns null once config is cached.",
    help: "After `php artisan config:cache` (a standard production deploy step, run on every server) Laravel no longer loads the .env file, and env() returns null or its default everywhere except inside config files. Code and Blade templates that call env() then silently change behaviour in production, and differently on servers whose config was cached at another time. Read the variable once in a config file ('url' => env('APP_URL')) and use config('app.url') in code and templates."
  },
  // The env() function or the Env class (also behind an import alias, whose use statement spells it).
  triggers: word("env"),
  // The call itself spells env or, through an alias of the Env class, its get()/getOrFail().
  anchors: anyOf(word("env"), methods(...ENV_CLASS_METHODS)),
  check(file, context2) {
    if (context2.isConfigFile) return [];
    const program = file.program;
    const resolver = NameResolver.for(program);
    const reports = [];
    const hint = returnsArray(program) ? " If this is one of the app\u2019s config files, kept outside config/, list its directory in `configPaths` (stateless-audit.json)." : "";
    walk(program, (node) => {
      if (!isKind(node, "call")) return;
      const kind = envCallKind(node, resolver);
      if (kind === null) return;
      const keyNode = argument(node, 0, "key");
      const key = stringValue(keyNode);
      const written = kind === "env" ? "env" : `Env::${kind}`;
      const shown = key !== null ? `${written}('${key}')` : `${written}(${keyText(file.text, keyNode)})`;
      const configured = key !== null && context2.project?.configReadsEnv(key) === true;
      const reader = configured ? context2.project?.configKeyReadingEnv?.(key) ?? null : null;
      const advice = reader !== null ? `config('${reader.key}') already reads ${key}: use it here.` : configured ? `a config file already reads ${key}: use that config('\u2026') key here.` : `read it in a config file and use config('\u2026') here.`;
      reports.push({
        path: file.path,
        span: spanOf(node),
        message: `${shown} outside config/ returns null once \`php artisan config:cache\` has run; ${advice}${hint}`,
        evidence: reader?.at ? [reader.at] : [],
        fingerprintKey: key !== null ? `env:${key}` : `env:${normalise(sourceText(file.text, node) ?? "")}`
      });
    });
    return reports;
  }
};
function envCallKind(call2, resolver) {
  if (resolver.isGlobalFunctionCall(call2, "env")) return "env";
  const lookup = call2.what;
  if (!isKind(lookup, "staticlookup")) return null;
  const method = memberName(lookup);
  if (method === null || !ENV_CLASS_METHODS.includes(method.toLowerCase())) return null;
  if (!sameName(resolver.resolveLaravelClass(lookup.what), FQN.env)) return null;
  return method.toLowerCase() === "get" ? "get" : "getOrFail";
}
function keyText(text, node) {
  if (!node) return "";
  const source = sourceText(text, node);
  return source === null ? "\u2026" : normalise(source);
}
function normalise(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function normaliseSnippet(text) {
  return text.replace(/\s+/g, " ").trim();
}
function fingerprints(inputs) {
  const order = inputs.map((input, index) => ({ input, index })).sort((a, b) => a.input.line - b.input.line || a.input.column - b.input.column || a.index - b.index);
  const seen = /* @__PURE__ */ new Map();
  const result = new Array(inputs.length);
  for (const { input, index } of order) {
    const identity = `${input.ruleId}\0${input.path}\0${input.key}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    result[index] = createHash("sha256").update(`${identity}\0${occurrence}`).digest("hex").slice(0, 32);
  }
  return result;
}

// src/rules/local-drivers.ts
function normaliseDriver(value) {
  if (value === null || value === void 0) return null;
  const v = value.trim().toLowerCase();
  return v === "" ? null : v;
}
var LOCAL_DISK_DRIVERS = ["local"];
var FILE_LOG_DRIVERS = ["single", "daily", "monthly"];
var FILE_LOG_HANDLERS = ["StreamHandler", "RotatingFileHandler"];
function has(list, driver) {
  const d = normaliseDriver(driver);
  return d !== null && list.includes(d);
}
function isLocalDiskDriver(driver) {
  return has(LOCAL_DISK_DRIVERS, driver);
}
function isFileLogDriver(driver) {
  return has(FILE_LOG_DRIVERS, driver);
}
function isFileLogHandler(handler) {
  if (!handler) return false;
  const bare = handler.trim().replace(/^['"]|['"]$/g, "").replace(/::class$/i, "");
  const last = bare.split("\\").filter(Boolean).pop() ?? "";
  return FILE_LOG_HANDLERS.some((h) => h.toLowerCase() === last.toLowerCase());
}
function isStreamPath(path5) {
  const p = path5.trim().replace(/^['"]|['"]$/g, "");
  return /^php:\/\//i.test(p) || /^\/dev\/(stdout|stderr)$/.test(p) || /^\/proc\/self\/fd\/\d+$/.test(p);
}
function isInMemorySqlite(database2) {
  const d = database2.trim();
  return d === ":memory:" || d.includes("?mode=memory") || d.includes("&mode=memory");
}
function sqliteFileVerdict(connection) {
  if (connection === null || normaliseDriver(connection.driver.value) !== "sqlite") return null;
  if (connection.database === null) return null;
  const db = connection.database.value;
  if (db !== null && isInMemorySqlite(db)) return null;
  const name = connection.name.value ?? "sqlite";
  return {
    driver: "sqlite",
    kind: "local",
    reason: `uses the database connection '${name}', a sqlite file on one server's disk`,
    values: [connection.name, connection.driver, connection.database]
  };
}
function throughSqlite(driver, selection, connection, what) {
  const sqlite = sqliteFileVerdict(connection);
  if (sqlite === null || connection === null) return null;
  const name = connection.name.value ?? "sqlite";
  return {
    driver,
    kind: "local",
    reason: `writes ${what} to the database connection '${name}', a sqlite file on one server's disk`,
    values: [...selection, ...sqlite.values]
  };
}
function localSessionVerdict(session2) {
  const driver = normaliseDriver(session2.driver.value);
  const values = [session2.driver];
  switch (driver) {
    case "file":
    case "native":
      return {
        driver,
        kind: "local",
        reason: "stores each session as a file in storage/framework/sessions on the server that handled the request",
        values
      };
    case "apc":
      return { driver, kind: "local", reason: "keeps sessions in one server's APCu memory", values };
    case "array":
      return {
        driver,
        kind: "ephemeral",
        reason: "keeps sessions only for the current request, so nothing persists (no login survives a redirect)",
        values
      };
    case "database":
      return throughSqlite(driver, values, session2.connection, "sessions");
    default:
      return null;
  }
}
function localCacheStoreVerdict(store) {
  const driver = normaliseDriver(store.driver.value);
  const values = [store.name, store.driver];
  switch (driver) {
    case "file":
      return {
        driver,
        kind: "local",
        reason: "keeps cached data in files under storage/framework/cache on each server",
        values
      };
    case "apc":
      return { driver, kind: "local", reason: "keeps cached data in each server's APCu memory", values };
    case "array":
      return {
        driver,
        kind: "ephemeral",
        reason: "keeps cached data only inside the current request or job, so nothing is shared or kept",
        values
      };
    case "octane":
      return {
        driver,
        kind: "local",
        reason: "keeps cached data in one server's Octane (Swoole) table, which is flushed on restart",
        values
      };
    case "storage": {
      const disk = store.disk;
      if (disk === null || !isLocalDiskDriver(disk.driver.value)) return null;
      return {
        driver,
        kind: "local",
        reason: `writes cached data to the disk '${disk.name.value ?? "?"}', a local directory on each server`,
        values: [...values, disk.name, disk.driver]
      };
    }
    case "database":
      return throughSqlite(driver, values, store.connection, "cached data");
    default:
      return null;
  }
}
function localQueueVerdict(queue2) {
  const driver = normaliseDriver(queue2.driver.value);
  const values = [queue2.name, queue2.driver];
  switch (driver) {
    case "sync":
      return {
        driver,
        kind: "local",
        reason: "runs every job inside the web request on that server, with no retries and no workers",
        values
      };
    case "deferred":
      return {
        driver,
        kind: "local",
        reason: "runs jobs in the web server's own process after the response; they are lost if it dies",
        values
      };
    case "background":
      return {
        driver,
        kind: "local",
        reason: "runs jobs in a PHP process spawned on the same server; they are lost if it dies",
        values
      };
    case "null":
      return { driver, kind: "ephemeral", reason: "discards every job that is dispatched", values };
    case "database":
      return throughSqlite(driver, values, queue2.connection, "jobs");
    default:
      return null;
  }
}
function localDiskVerdict(disk) {
  if (!isLocalDiskDriver(disk.driver.value)) return null;
  return {
    driver: "local",
    kind: "local",
    reason: "writes files to a directory on the server that handled the request",
    values: [disk.name, disk.driver]
  };
}
function localLogTargetVerdict(target) {
  const driver = normaliseDriver(target.driver.value);
  const fileDriver = isFileLogDriver(driver);
  const fileHandler2 = driver === "monolog" && isFileLogHandler(target.handler?.value);
  if (!fileDriver && !fileHandler2) return null;
  const path5 = target.path?.value;
  if (target.path === null || path5 === null || path5 === void 0 || isStreamPath(path5)) return null;
  const values = [target.driver, target.path];
  if (fileHandler2 && target.handler) values.push(target.handler);
  return {
    driver,
    kind: "local",
    reason: "writes log files on each server, so logs are split across servers and lost with a server",
    values
  };
}
function baseName(path5) {
  return path5.slice(path5.lastIndexOf("/") + 1);
}
function isEnvFilePath(path5) {
  return baseName(path5).startsWith(".env");
}
function isExampleEnvFile(path5) {
  const name = baseName(path5);
  return isEnvFilePath(path5) && /(^|\.)example$/i.test(name);
}
function lineText(project, path5, line) {
  const text = project.workspace.read(path5);
  if (text === null) return null;
  return text.split(/\r\n|\n|\r/)[line - 1] ?? null;
}
function wholeLine(project, path5, line) {
  const text = lineText(project, path5, line) ?? "";
  return { line, column: 1, endLine: line, endColumn: Math.max(text.length, 0) + 1 };
}
function isFrameworkDefaultPath(path5) {
  return /(^|\/)vendor\//.test(path5) || /(^|\/)composer\.(json|lock)$/.test(path5);
}
function firstEnvKey(texts) {
  for (const text of texts) {
    const m = /\benv\s*\(\s*['"]([A-Za-z_][A-Za-z0-9_.]*)['"]/i.exec(text);
    if (m) return m[1];
  }
  return null;
}
function decide(project, value) {
  const assignments = project.envAssignments();
  const keyAt = (path5, line) => {
    const a = assignments.find((x) => x.file === path5 && x.span.line === line);
    if (a) return a.key;
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=/.exec(lineText(project, path5, line) ?? "");
    return m ? m[1] : null;
  };
  const envPlace = (anchor2) => {
    const key = keyAt(anchor2.path, anchor2.line);
    const where2 = key ? `${key} in ${anchor2.path} line ${anchor2.line}` : `${anchor2.path} line ${anchor2.line}`;
    return { anchor: anchor2, envFile: anchor2.path, envKey: key, where: where2 };
  };
  if (value.envFile !== null || isEnvFilePath(value.anchor.path)) return envPlace(value.anchor);
  const envFiles = new Set(project.envFiles);
  for (let i = value.evidence.length - 1; i >= 0; i--) {
    const step = value.evidence[i];
    if (!envFiles.has(step.path) && !isEnvFilePath(step.path)) continue;
    const a = assignments.find((x) => x.file === step.path && x.span.line === step.line);
    const span = a ? a.span : wholeLine(project, step.path, step.line);
    return envPlace({ path: step.path, ...span });
  }
  const anchor = value.anchor;
  const anchorNotes = value.evidence.filter((e) => e.path === anchor.path && e.line === anchor.line).map((e) => e.note);
  const envKey = firstEnvKey(
    anchorNotes.length > 0 ? anchorNotes : [lineText(project, anchor.path, anchor.line) ?? ""]
  );
  const place = `${anchor.path} line ${anchor.line}`;
  let where;
  if (isFrameworkDefaultPath(anchor.path)) {
    const major = project.frameworkMajor;
    const unset = envKey ? `; no env file sets ${envKey}` : "";
    where = `the ${major === null ? "framework" : `Laravel ${major}`} default (${place}${unset})`;
  } else if (envKey) {
    where = `${place} (the env('${envKey}') default, as no env file sets ${envKey})`;
  } else {
    where = place;
  }
  return { anchor, envFile: null, envKey, where };
}
function exampleOnlyNote(project, decision, values) {
  const tail = "; the real environment may differ)";
  if (decision.envFile !== null && isExampleEnvFile(decision.envFile))
    return ` (set only in ${decision.envFile}${tail}`;
  for (const v of values) {
    if (!v.exampleOnly) continue;
    const d = decide(project, v);
    const file = d.envFile ?? v.envFile ?? ".env.example";
    return d.envKey ? ` (${d.envKey} is set only in ${file}${tail}` : ` (partly set only in ${file}${tail}`;
  }
  return "";
}
function evidenceFor(anchor, values, extra = []) {
  const seen = /* @__PURE__ */ new Set([`${anchor.path}:${anchor.line}`]);
  const out = [];
  for (const step of [...values.flatMap((v) => v.evidence), ...extra]) {
    const key = `${step.path}:${step.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(step);
  }
  return out;
}
function spanOf2(anchor) {
  return { line: anchor.line, column: anchor.column, endLine: anchor.endLine, endColumn: anchor.endColumn };
}
function reportAt(decision, values, message, fingerprintKey, severity, extraEvidence = []) {
  const report = {
    path: decision.anchor.path,
    span: spanOf2(decision.anchor),
    message,
    evidence: evidenceFor(decision.anchor, values, extraEvidence),
    fingerprintKey
  };
  if (severity !== void 0) report.severity = severity;
  return report;
}
function settableByEnv(decision) {
  return decision.envFile !== null || decision.envKey !== null || isFrameworkDefaultPath(decision.anchor.path);
}
function fixSetting(decision, fallbackKey, value) {
  if (settableByEnv(decision)) {
    return `set ${decision.envKey ?? fallbackKey}=${value}`;
  }
  return `change ${decision.anchor.path} line ${decision.anchor.line} to '${value}' (or read it from env('${fallbackKey}'))`;
}

// src/rules/storage-local-write.ts
var ID = "storage-local-write";
var DISK_WRITES = /* @__PURE__ */ new Set([
  "put",
  "putfile",
  "putfileas",
  "writestream",
  "append",
  "prepend",
  "copy",
  "move",
  "makedirectory"
]);
var FILE_WRITES = /* @__PURE__ */ new Map([
  ["put", { position: 0, name: "path" }],
  ["replace", { position: 0, name: "path" }],
  ["append", { position: 0, name: "path" }],
  ["prepend", { position: 0, name: "path" }],
  ["makedirectory", { position: 0, name: "path" }],
  ["ensuredirectoryexists", { position: 0, name: "path" }],
  ["copy", { position: 1, name: "target" }],
  ["move", { position: 1, name: "target" }]
]);
var NATIVE_WRITES = /* @__PURE__ */ new Map([
  ["file_put_contents", { position: 0, name: "filename" }],
  ["fopen", { position: 0, name: "filename" }],
  ["touch", { position: 0, name: "filename" }],
  ["mkdir", { position: 0, name: "directory" }],
  ["copy", { position: 1, name: "to" }],
  ["rename", { position: 1, name: "to" }]
]);
var storageLocalWrite = {
  meta: {
    id: ID,
    level: "code",
    defaultSeverity: "warning",
    summary: "Writes a file to the server's own disk: a Storage write through a local-driver disk, Storage::build() with the local driver, or file_put_contents/fopen/mkdir/File::put into storage_path() or public_path().",
    help: "Files written to a local-driver disk, storage/ or public/ exist only on the server that ran the code: the next request may land on another server that does not have them, and they are lost when the server is replaced. Write through a shared disk (s3 or another cloud driver) with Storage::disk(...), or point the disk at shared storage. Scratch files that live for one request or job belong in sys_get_temp_dir(). If a shared volume is mounted on storage/ on every server, suppress the finding with the reason."
  },
  // A write through the Storage facade (the name facadeName() matches), or a native or File /
  // Filesystem write together with a local place: a path helper, or a literal into storage/.
  triggers: anyOf(
    allOf(patternWith(["storage"], exact("Storage")), methods(...DISK_WRITES, "build")),
    allOf(LOCAL_PLACE, anyOf(methods(...FILE_WRITES.keys()), word(...NATIVE_WRITES.keys())))
  ),
  anchors: anyOf(methods(...DISK_WRITES, "build", ...FILE_WRITES.keys()), word(...NATIVE_WRITES.keys())),
  check(file, context2) {
    const program = file.program;
    const resolver = NameResolver.for(program);
    return collectOnCalls(
      program,
      (call2, ancestors) => diskWrite(file, context2, resolver, call2, ancestors) ?? storageBuild(file, resolver, call2, ancestors) ?? pathWrite(file, resolver, call2, ancestors)
    );
  }
};
function diskWrite(file, context2, resolver, call2, ancestors) {
  if (!isMethodCall(call2)) return null;
  const method = memberName(call2.what);
  if (method === null || !DISK_WRITES.has(method.toLowerCase())) return null;
  let choice;
  let what;
  if (call2.what.kind === "staticlookup") {
    if (resolver.facadeName(call2.what.what) !== "Storage") return null;
    choice = { kind: "default", node: null };
    what = `Storage::${method}()`;
  } else {
    const source = storageDiskOf(call2.what.what, resolver, ancestors);
    if (source === null || source.kind === "build") return null;
    choice = source.choice;
    what = `${snippet(file.text, call2.what.what)}->${method}()`;
  }
  const span = callSpan(call2);
  const target = stringValue(argument(call2, 0, "path"));
  const key = `storage:${choiceKey(choice, file.text)}:${method.toLowerCase()}:${target ?? snippet(file.text, argument(call2, 0, "path"))}`;
  const judgement = judgeDisk(context2.project, choice, file.text);
  if (judgement.kind === "shared") return null;
  if (judgement.kind === "unresolved") {
    return {
      path: file.path,
      span,
      severity: "notice",
      message: `${what} writes to a disk that could not be resolved: ${judgement.why}. If that disk has the local driver, the file exists only on the server that ran this code and is missing on the others. Use a literal disk name that is shared (such as s3), or suppress this finding with the reason it is safe.`,
      evidence: judgement.evidence,
      fingerprintKey: key
    };
  }
  return {
    path: file.path,
    span,
    message: `${what} writes to ${judgement.description}, which ${judgement.verdict.reason}${judgement.note}: other servers do not have the file, and it is lost with this server. Write it to a shared disk such as s3 (Storage::disk('s3')->${method}(...)), or mount shared storage on every server and suppress this finding with the reason.`,
    evidence: localDiskEvidence(file.path, span, judgement),
    fingerprintKey: key
  };
}
function isStorageDiskCall(call2, resolver, ancestors) {
  if (!isMethodCall(call2)) return false;
  if (call2.what.kind === "staticlookup")
    return resolver.facadeName(call2.what.what) === "Storage" && (memberName(call2.what) ?? "").toLowerCase() !== "build";
  return storageDiskOf(call2.what.what, resolver, ancestors) !== null;
}
function storageDiskOf(receiver, resolver, ancestors) {
  const value = traceValue(receiver, ancestors);
  if (!isMethodCall(value) || value.what.kind !== "staticlookup") return null;
  if (resolver.facadeName(value.what.what) !== "Storage") return null;
  const method = (memberName(value.what) ?? "").toLowerCase();
  if (method === "build") return { kind: "build" };
  if (method !== "disk" && method !== "drive") return null;
  const spread = value.arguments.find((arg) => isKind(arg, "variadic"));
  if (spread) return { kind: "disk", choice: { kind: "dynamic", node: spread } };
  return { kind: "disk", choice: diskChoice(argument(value, 0, "name"), resolver, ancestors) };
}
function storageBuild(file, resolver, call2, ancestors) {
  if (!isMethodCall(call2) || call2.what.kind !== "staticlookup") return null;
  if ((memberName(call2.what) ?? "").toLowerCase() !== "build") return null;
  if (resolver.facadeName(call2.what.what) !== "Storage") return null;
  const arg = argument(call2, 0, "config");
  const config = traceValue(arg, ancestors);
  const span = callSpan(call2);
  const key = `storage:build:${snippet(file.text, arg)}`;
  let root;
  if (isKind(config, "array")) {
    const driverNode = arrayValue(config, "driver");
    const driver = arrayString(config, "driver") ?? stringValue(traceValue(driverNode, ancestors));
    if (driver === null) {
      if (driverNode === null && !arrayHasSpread(config)) return null;
      return buildUnresolved(file, span, key, driverNode ?? config);
    }
    if (driver.trim().toLowerCase() !== "local") return null;
    root = arrayValue(config, "root");
  } else if (config !== null && (stringValue(config) !== null || isPathExpression(config, resolver, ancestors))) {
    root = config;
  } else {
    return buildUnresolved(file, span, key, arg ?? call2);
  }
  if (root && tempPathOrigin(root, resolver, ancestors) !== null) return null;
  const rootText = root ? ` at ${snippet(file.text, root)}` : "";
  return {
    path: file.path,
    span,
    message: `Storage::build() creates a disk with the local driver${rootText}: files written through it stay on the server that ran this code; other servers do not have them, and they are lost with this server. Build it with a shared driver (such as s3), or use a configured shared disk (Storage::disk('s3')).`,
    evidence: [],
    fingerprintKey: key
  };
}
function buildUnresolved(file, span, key, node) {
  return {
    path: file.path,
    span,
    severity: "notice",
    message: `Storage::build() gets a disk configuration that could not be resolved (${snippet(file.text, node)}). If its driver is local, files written through it stay on the server that ran this code. Use a shared driver such as s3, or suppress this finding with the reason it is safe.`,
    evidence: [],
    fingerprintKey: key
  };
}
function isPathExpression(node, resolver, ancestors) {
  return localPathOrigin(node, resolver, ancestors) !== null || isKind(node, "encapsed") || isKind(node, "bin") && node.type === ".";
}
function pathWrite(file, resolver, call2, ancestors) {
  let what;
  let target;
  const fn = resolver.globalFunctionName(call2);
  if (fn !== null) {
    const spec = NATIVE_WRITES.get(fn);
    if (!spec) return null;
    if (fn === "fopen" && !isWriteMode(stringValue(traceValue(argument(call2, 1, "mode"), ancestors))))
      return null;
    what = `${fn}()`;
    target = argument(call2, spec.position, spec.name);
  } else if (isMethodCall(call2)) {
    const method = memberName(call2.what);
    const spec = method === null ? void 0 : FILE_WRITES.get(method.toLowerCase());
    if (!spec || method === null) return null;
    const receiver = call2.what.what;
    if (call2.what.kind === "staticlookup") {
      if (resolver.facadeName(receiver) !== "File") return null;
      what = `File::${method}()`;
    } else {
      if (!isFilesystemInstance(receiver, resolver, ancestors)) return null;
      const text = sourceText(file.text, receiver) ?? "$files";
      what = `${isKind(receiver, "new") ? `(${text})` : text}->${method}()`;
    }
    target = argument(call2, spec.position, spec.name);
  } else {
    return null;
  }
  const origin = localPathOrigin(target, resolver, ancestors);
  if (origin === null || target === null) return null;
  const span = callSpan(call2);
  const pathText = snippet(file.text, target);
  return {
    path: file.path,
    span,
    message: `${what} writes to ${pathText}, ${PLACE[origin.kind]}: the file exists only on the server that ran this code; other servers do not see it, and it is lost with this server. Write it through a shared disk (Storage::disk('s3')->put(...)); a scratch file used within one request or job belongs in sys_get_temp_dir(). If a shared volume is mounted there on every server, suppress this finding with the reason.`,
    evidence: originEvidence(file, span, origin),
    fingerprintKey: `write:${what}:${pathText}`
  };
}
function isFilesystemInstance(receiver, resolver, ancestors) {
  if (isKind(receiver, "new")) return sameName(resolver.resolveClass(receiver.what), FQN.filesystem);
  if (!isKind(receiver, "variable")) return false;
  if (variableHasType(receiver, ancestors, resolver, FQN.filesystem)) return true;
  const value = traceValue(receiver, ancestors);
  return isKind(value, "new") && sameName(resolver.resolveClass(value.what), FQN.filesystem);
}
var PLACE = {
  storage_path: "a path in the app's storage/ directory",
  public_path: "a path in the app's public/ directory",
  base_path: "a path inside the app's own directory",
  "storage-literal": "a path in the app's storage/ directory"
};
function isWriteMode(mode) {
  return mode !== null && /[waxc+]/.test(mode);
}
function originEvidence(file, span, origin) {
  const at = spanOf(origin.node);
  if (at.line === span.line) return [];
  return [
    { path: file.path, line: at.line, note: `the path starts with ${snippet(file.text, origin.node)} here` }
  ];
}
function diskChoice(expr, resolver, ancestors) {
  if (expr === null) return { kind: "default", node: null };
  const value = traceValue(expr, ancestors);
  if (value === null) return { kind: "dynamic", node: expr };
  if (isNullLiteral(value)) return { kind: "default", node: expr };
  const name = stringValue(value);
  if (name !== null)
    return name === "" ? { kind: "default", node: expr } : { kind: "named", name, node: expr };
  if (isConfigRead(value, resolver, "filesystems.default")) return { kind: "default", node: expr };
  return { kind: "dynamic", node: expr };
}
function isConfigRead(value, resolver, key) {
  return isKind(value, "call") && resolver.isGlobalFunctionCall(value, "config") && value.arguments.length === 1 && stringValue(value.arguments[0]) === key;
}
function judgeDisk(project, choice, text) {
  if (choice.kind === "dynamic") {
    return {
      kind: "unresolved",
      why: `the disk is given as ${snippet(text, choice.node)}, which is not a literal disk name`,
      evidence: []
    };
  }
  const label = choice.kind === "default" ? "the default disk" : `the disk '${choice.name}'`;
  if (project === null) {
    return {
      kind: "unresolved",
      why: `this file is outside every Laravel app found, so ${label} is unknown`,
      evidence: []
    };
  }
  const disk = choice.kind === "default" ? project.defaultDisk() : project.disk(choice.name);
  if (disk === null) {
    return {
      kind: "unresolved",
      why: `no disk named '${choice.kind === "named" ? choice.name : "?"}' is defined in the app's filesystems config`,
      evidence: []
    };
  }
  const name = disk.name.value;
  if (name === null) {
    return {
      kind: "unresolved",
      why: `${label} could not be resolved (${decide(project, disk.name).where})`,
      evidence: disk.name.evidence
    };
  }
  if (disk.driver.value === null) {
    return {
      kind: "unresolved",
      why: `the driver of the disk '${name}' could not be resolved (${decide(project, disk.driver).where})`,
      evidence: [...disk.name.evidence, ...disk.driver.evidence]
    };
  }
  const verdict = localDiskVerdict(disk);
  if (verdict === null) return { kind: "shared" };
  const isDefault = choice.kind === "default";
  const values = disk.root ? [...verdict.values, disk.root] : verdict.values;
  const decision = decide(project, isDefault ? disk.name : disk.driver);
  const root = disk.root && disk.root.value !== null && disk.root.envFile === null ? `, root ${disk.root.value}` : "";
  const description = isDefault ? `the default disk '${name}' (chosen by ${decision.where}; driver local${root})` : `the disk '${name}' (driver local ${placeOf(decision)}${root})`;
  return {
    kind: "local",
    disk,
    verdict,
    isDefault,
    decision,
    description,
    note: exampleOnlyNote(project, decision, values),
    values
  };
}
function localDiskEvidence(path5, span, judgement) {
  return evidenceFor({ path: path5, ...span }, judgement.values);
}
function placeOf(decision) {
  if (decision.envFile !== null) return `chosen by ${decision.where}`;
  return decision.where.startsWith("the ") ? `from ${decision.where}` : `at ${decision.where}`;
}
function choiceKey(choice, text) {
  if (choice.kind === "default") return "default";
  if (choice.kind === "named") return choice.name;
  return snippet(text, choice.node);
}
function snippet(text, node) {
  if (node === null) return "";
  const raw = normaliseSnippet(sourceText(text, node) ?? "");
  return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
}

// src/rules/upload-to-local-disk.ts
var ID2 = "upload-to-local-disk";
var STORE_METHODS = /* @__PURE__ */ new Map([
  ["store", { named: false }],
  ["storepublicly", { named: false }],
  ["storeas", { named: true }],
  ["storepubliclyas", { named: true }]
]);
var UPLOAD_CLASSES = [
  FQN.uploadedFile,
  FQN.symfonyUploadedFile,
  "Livewire\\Features\\SupportFileUploads\\TemporaryUploadedFile",
  "Livewire\\TemporaryUploadedFile"
];
var uploadToLocalDisk = {
  meta: {
    id: ID2,
    level: "code",
    defaultSeverity: "error",
    summary: "Stores an uploaded file on the server's own disk: store()/storeAs()/storePublicly() on a local-driver disk (or the default disk when it is local), ->move(public_path()|storage_path()), move_uploaded_file().",
    help: "An upload stored on a disk with the local driver, or moved into public/ or storage/, exists only on the server that handled the request. Behind a load balancer the other servers answer 404 for it, and it is lost when that server is replaced. Store uploads on a shared disk: ->store('avatars', 's3'), or set FILESYSTEM_DISK=s3 for the default disk. If a shared volume is mounted on storage/ (or public/) on every server, suppress the finding with that reason."
  },
  // store()/storeAs()/… where something is an upload (a request, an UploadedFile, Livewire's
  // WithFileUploads); move() into a local path; move_uploaded_file().
  triggers: anyOf(
    allOf(methods(...STORE_METHODS.keys()), pattern(ci("request"), ci("upload"))),
    allOf(methods("move"), LOCAL_PLACE),
    word("move_uploaded_file")
  ),
  anchors: anyOf(methods(...STORE_METHODS.keys(), "move"), word("move_uploaded_file")),
  check(file, context2) {
    const program = file.program;
    const resolver = NameResolver.for(program);
    return collectOnCalls(
      program,
      (call2, ancestors) => storeCall(file, context2, resolver, call2, ancestors) ?? moveCall(file, resolver, call2, ancestors) ?? moveUploadedFile(file, resolver, call2, ancestors)
    );
  }
};
function storeCall(file, context2, resolver, call2, ancestors) {
  if (!isMethodCall(call2) || !isUploadStore(call2, resolver, ancestors)) return null;
  const method = memberName(call2.what);
  const spec = method === null ? void 0 : STORE_METHODS.get(method.toLowerCase());
  if (!spec || method === null) return null;
  const spread = call2.arguments.find((arg) => isKind(arg, "variadic"));
  const { choice, ignored } = spread ? { choice: { kind: "dynamic", node: spread }, ignored: null } : uploadDisk(call2, spec.named, context2, resolver, ancestors);
  const pathArg = argument(call2, 0, "path");
  const key = `upload:${method.toLowerCase()}:${stringValue(pathArg) ?? snippet(file.text, pathArg)}`;
  const span = callSpan(call2);
  const judgement = judgeDisk(context2.project, choice, file.text);
  if (judgement.kind === "shared") return null;
  if (judgement.kind === "unresolved") {
    return {
      path: file.path,
      span,
      severity: "notice",
      message: `Upload stored with ${method}() on a disk that could not be resolved: ${judgement.why}. If that disk has the local driver, the file exists only on the server that handled the request and the other servers return 404 for it. Pass a literal shared disk such as 's3', or suppress this finding with the reason it is safe.`,
      evidence: judgement.evidence,
      fingerprintKey: key
    };
  }
  const why = ignored ? ` (${method}() without a file name ignores its options argument ${snippet(file.text, ignored)} and uses the default disk)` : "";
  const envKey = judgement.decision.envKey ?? "FILESYSTEM_DISK";
  const fix = ignored ? `give ${method}() a file name so that its disk counts (->${method}($dir, $name, 's3')), or set ${envKey}=s3` : judgement.isDefault ? `pass one (->${method}(\u2026, 's3')) or set ${envKey}=s3 for the default disk` : `->${method}(\u2026, 's3'), or give the disk '${judgement.disk.name.value ?? "?"}' a shared driver`;
  return {
    path: file.path,
    span,
    message: `Upload stored on ${judgement.description}${why}${judgement.note}: the file exists only on the server that handled the request; other servers return 404 for it, and it is lost with this server. Store it on a shared disk such as s3: ${fix}.`,
    evidence: localDiskEvidence(file.path, span, judgement),
    fingerprintKey: key
  };
}
function isUploadStore(call2, resolver, ancestors) {
  if (!isMethodCall(call2) || call2.what.kind === "staticlookup") return false;
  const method = memberName(call2.what);
  if (method === null || !STORE_METHODS.has(method.toLowerCase())) return false;
  return classify(call2.what.what, resolver, ancestors) === "upload";
}
function uploadDisk(call2, named, context2, resolver, ancestors) {
  if (!named) return { choice: optionsDisk(argument(call2, 1, "options"), resolver, ancestors), ignored: null };
  const name = argument(call2, 1, "name");
  const options = argument(call2, 2, "options");
  const major = context2.project?.frameworkMajor ?? null;
  if (major !== null && major < 10)
    return { choice: optionsDisk(options, resolver, ancestors), ignored: null };
  const nameValue = name === null ? null : traceValue(name, ancestors);
  if (name === null || isNullLiteral(nameValue)) {
    return { choice: { kind: "default", node: null }, ignored: options };
  }
  if (isKind(nameValue, "array")) return { choice: optionsDisk(name, resolver, ancestors), ignored: options };
  return { choice: optionsDisk(options, resolver, ancestors), ignored: null };
}
function optionsDisk(options, resolver, ancestors) {
  if (options === null) return { kind: "default", node: null };
  const value = traceValue(options, ancestors);
  if (isKind(value, "array")) {
    const disk = arrayValue(value, "disk");
    if (disk === null)
      return arrayHasSpread(value) ? { kind: "dynamic", node: options } : { kind: "default", node: null };
    return diskChoice(disk, resolver, ancestors);
  }
  return diskChoice(options, resolver, ancestors);
}
function moveCall(file, resolver, call2, ancestors) {
  if (!isMethodCall(call2) || call2.what.kind === "staticlookup") return null;
  if ((memberName(call2.what) ?? "").toLowerCase() !== "move") return null;
  const directory = argument(call2, 0, "directory");
  const origin = localPathOrigin(directory, resolver, ancestors);
  if (origin === null || directory === null) return null;
  const kind = classify(call2.what.what, resolver, ancestors);
  if (kind === "other") return null;
  const span = callSpan(call2);
  const target = snippet(file.text, directory);
  const receiver = snippet(file.text, call2.what.what);
  const consequence = "the file exists only on the server that handled the request; other servers return 404 for it, and it is lost with this server. Store it on a shared disk instead (->store('uploads', 's3')); if a shared volume is mounted there on every server, suppress this finding with the reason.";
  const report = {
    path: file.path,
    span,
    message: kind === "upload" ? `Upload moved to ${target}, ${PLACE[origin.kind]}: ${consequence}` : `${receiver}->move() moves a file to ${target}, ${PLACE[origin.kind]}. ${receiver} could not be identified as an uploaded file (declare it as UploadedFile to make this an error); if it is one, ${consequence}`,
    evidence: originEvidence(file, span, origin),
    fingerprintKey: `upload:move:${target}`
  };
  if (kind === "unknown") report.severity = "notice";
  return report;
}
function moveUploadedFile(file, resolver, call2, ancestors) {
  if (!resolver.isGlobalFunctionCall(call2, "move_uploaded_file")) return null;
  const to = argument(call2, 1, "to");
  if (to !== null && tempPathOrigin(to, resolver, ancestors) !== null) return null;
  const literal = stringValue(traceValue(to, ancestors));
  if (literal !== null && isUrlLike(literal)) return null;
  const span = callSpan(call2);
  const origin = localPathOrigin(to, resolver, ancestors);
  const target = to === null ? "its destination" : snippet(file.text, to);
  return {
    path: file.path,
    span,
    message: `move_uploaded_file() writes the upload to ${target}${origin ? `, ${PLACE[origin.kind]}` : ""} on this server's own filesystem: the file exists only on the server that handled the request; other servers return 404 for it, and it is lost with this server. Use $request->file('\u2026')->store('dir', 's3') with a shared disk; if a shared volume is mounted there on every server, suppress this finding with the reason.`,
    evidence: origin ? originEvidence(file, span, origin) : [],
    fingerprintKey: `upload:move_uploaded_file:${target}`
  };
}
function isUploadClass(types) {
  return types.some((type) => UPLOAD_CLASSES.some((cls) => sameName(type, cls)));
}
function isRequestClass(types) {
  return types.some((type) => {
    if (sameName(type, FQN.request) || sameName(type, FQN.symfonyRequest)) return true;
    return /(^|\\)\w*Request$/i.test(type);
  });
}
function classify(expr, resolver, ancestors, depth = 0) {
  if (depth > 6) return "unknown";
  const next = (node) => classify(node, resolver, ancestors, depth + 1);
  if (isKind(expr, "variable")) {
    if (variableName(expr) === "this") return "other";
    const declaration = variableDeclaration(expr, ancestors, resolver);
    if (declaration) {
      if (isUploadClass(declaration.types)) return "upload";
      return isKind(declaration.parameter, "parameter") && declaration.parameter.type ? "other" : "unknown";
    }
    const loop = foreachSource(expr, ancestors);
    if (loop) return next(loop);
    const value = traceValue(expr, ancestors);
    return value === null ? "unknown" : next(value);
  }
  if (isKind(expr, "call")) {
    if (isMethodCall(expr)) {
      const method = (memberName(expr.what) ?? "").toLowerCase();
      if (method !== "file" && method !== "allfiles") return "other";
      if (expr.what.kind === "staticlookup") {
        return resolver.facadeName(expr.what.what) === "Request" ? "upload" : "other";
      }
      return isRequest(expr.what.what, resolver, ancestors, depth + 1) ? "upload" : "other";
    }
    if (resolver.isGlobalFunctionCall(expr, "request") && expr.arguments.length > 0) {
      return stringValue(expr.arguments[0]) !== null ? "upload" : "other";
    }
    return "other";
  }
  if (isKind(expr, "propertylookup") || isKind(expr, "nullsafepropertylookup")) {
    if (isRequest(expr.what, resolver, ancestors, depth + 1)) return "upload";
    if (variableName(expr.what) !== "this") return "unknown";
    const declaration = thisPropertyDeclaration(expr, ancestors, resolver);
    if (declaration?.typed) return isUploadClass(declaration.types) ? "upload" : "other";
    const livewire = enclosingClassTraits(ancestors, resolver).some((t) => /(^|\\)WithFileUploads$/i.test(t));
    return livewire ? "upload" : "unknown";
  }
  if (isKind(expr, "offsetlookup")) return next(expr.what);
  if (isKind(expr, "new")) return isUploadClass([resolver.resolveClass(expr.what) ?? ""]) ? "upload" : "other";
  return isMemberLookup(expr) || isKind(expr, "staticlookup") ? "unknown" : "other";
}
function isRequest(expr, resolver, ancestors, depth) {
  if (depth > 6) return false;
  if (isKind(expr, "call"))
    return resolver.isGlobalFunctionCall(expr, "request") && expr.arguments.length === 0;
  if (isKind(expr, "variable")) {
    const declaration = variableDeclaration(expr, ancestors, resolver);
    if (declaration) return isRequestClass(declaration.types);
    const value = traceValue(expr, ancestors);
    return value !== null && value !== expr && isRequest(value, resolver, ancestors, depth + 1);
  }
  if (isKind(expr, "propertylookup") || isKind(expr, "nullsafepropertylookup")) {
    const declaration = thisPropertyDeclaration(expr, ancestors, resolver);
    return declaration !== null && isRequestClass(declaration.types);
  }
  return false;
}

// src/rules/cache-store-explicit-local.ts
var ID3 = "cache-store-explicit-local";
var SELECTORS = /* @__PURE__ */ new Map([
  ["store", "name"],
  ["driver", "driver"],
  ["memo", "driver"]
]);
var cacheStoreExplicitLocal = {
  meta: {
    id: ID3,
    level: "code",
    defaultSeverity: "warning",
    summary: "Selects a cache store by name whose driver keeps data on one server (Cache::store('file'), apc, octane).",
    help: "Cache::store('file'), Cache::driver('apc') and cache()->store('octane') use a store that lives on each server separately: a value cached on one server is missing or stale on the others, cache:clear and Cache::forget() reach one server only, and locks taken through the store lock that server only. Use a shared store (redis, memcached, database on a server database, dynamodb). Cache::store('array') is per-request memoisation and is never reported."
  },
  // A store selector called on the Cache facade (facadeName() matches `Cache` as written), cache(),
  // or app('cache') / resolve('cache') (whose string may be concatenated): always on a class name
  // or a call, never on a variable (isCacheManager).
  triggers: allOf(
    methods(...SELECTORS.keys()),
    methodOnClassOrCall(...SELECTORS.keys()),
    anyOf(pattern(exact("Cache")), call("cache"), CONTAINER_CALL)
  ),
  anchors: methods(...SELECTORS.keys()),
  check(file, context2) {
    const reports = [];
    const program = file.program;
    const resolver = NameResolver.for(program);
    walk(program, (node, walkContext) => {
      if (!isKind(node, "call")) return;
      const report = storeSelection(file, context2, resolver, node, walkContext.ancestors);
      if (report) reports.push(report);
    });
    return reports;
  }
};
function isCacheManager(receiver, isStatic, resolver) {
  if (isStatic) return resolver.facadeName(receiver) === "Cache";
  if (!isKind(receiver, "call")) return false;
  if (resolver.isGlobalFunctionCall(receiver, "cache")) return receiver.arguments.length === 0;
  return resolver.isGlobalFunctionCall(receiver, ["app", "resolve"]) && receiver.arguments.length === 1 && stringValue(receiver.arguments[0]) === "cache";
}
function storeSelection(file, context2, resolver, call2, ancestors) {
  if (!isMethodCall(call2)) return null;
  const method = (memberName(call2.what) ?? "").toLowerCase();
  const parameter = SELECTORS.get(method);
  if (parameter === void 0) return null;
  if (!isCacheManager(call2.what.what, call2.what.kind === "staticlookup", resolver)) return null;
  const arg = call2.arguments.find((a) => isKind(a, "variadic")) ?? argument(call2, 0, parameter);
  if (arg === null) return null;
  const scope = [...ancestors, call2];
  const value = traceValue(arg, scope);
  if (isNullLiteral(value) || isConfigRead(value, resolver, "cache.default")) return null;
  const name = value === null ? null : stringValue(value);
  const span = callSpan(call2);
  const what = snippet(file.text, call2);
  const key = `cache-store:${name ?? snippet(file.text, arg)}`;
  const unresolved = (why, evidence = []) => ({
    path: file.path,
    span,
    severity: "notice",
    message: `${what} selects a cache store that could not be resolved: ${why}. If its driver is file, apc or octane, each server keeps its own copy of the cached data. Use a literal name of a shared store (such as redis), or suppress this finding with the reason it is safe.`,
    evidence,
    fingerprintKey: key
  });
  if (name === null)
    return unresolved(`the store is given as ${snippet(file.text, arg)}, which is not a literal store name`);
  const project = context2.project;
  if (project === null) {
    return name === "array" ? null : unresolved(`this file is outside every Laravel app found, so the store '${name}' is unknown`);
  }
  const store = project.cacheStore(name);
  if (store === null) {
    return name === "array" ? null : unresolved(`no cache store named '${name}' is defined in the app's cache config`);
  }
  if (store.driver.value === null) {
    return unresolved(
      `the driver of the cache store '${name}' could not be resolved (${decide(project, store.driver).where})`,
      [...store.name.evidence, ...store.driver.evidence]
    );
  }
  const verdict = localCacheStoreVerdict(store);
  if (verdict === null || verdict.kind === "ephemeral") return null;
  const decision = decide(project, store.driver);
  const chain2 = enclosingChain(call2, ancestors);
  const locks = chain2 !== null && chainHas(chain2, ["lock", "restoreLock"]) ? "; the lock taken here locks this server only, so two servers can hold it at once" : "";
  return {
    path: file.path,
    span,
    message: `${what} uses the cache store '${name}' (driver ${verdict.driver} ${placeOf(decision)}), which ${verdict.reason}${exampleOnlyNote(project, decision, verdict.values)}: a value cached on one server is missing or stale on the others, and cache:clear or Cache::forget() reach one server only${locks}. Use a shared store such as redis, memcached or dynamodb (Cache::store('redis')), or give the store '${name}' a shared driver.`,
    evidence: evidenceFor({ path: file.path, ...span }, verdict.values),
    fingerprintKey: key
  };
}

// src/rules/log-local-file-in-code.ts
var ID4 = "log-local-file-in-code";
var CHANNEL_METHODS = ["build", "channel", "driver", "stack"];
var CONSEQUENCE = "each server writes its own file, so logs are split across servers and lost when a server is replaced. Log to php://stderr (the stderr channel) or a central log service instead; if an agent ships these files, suppress this finding with the reason.";
var logLocalFileInCode = {
  meta: {
    id: ID4,
    level: "code",
    defaultSeverity: "notice",
    summary: "Builds or picks a log channel in code that writes a log file on the server (Log::build() with 'single'/'daily', Log::channel('daily'), new StreamHandler(storage_path(\u2026))).",
    help: "A log file written on the server is only on that server: logs are split across servers and lost with a replaced server or container. Send logs to php://stderr (collected by the platform) or a central service, e.g. Log::build(['driver' => 'monolog', 'handler' => StreamHandler::class, 'with' => ['stream' => 'php://stderr']]). If a log shipper tails the files, suppress the finding with that reason."
  },
  // A channel method called on the Log facade (facadeName() matches `Log` as written), logger() or
  // app('log') (isLogManager: a class name or a call, never a variable); or Monolog's file handlers.
  triggers: anyOf(
    allOf(
      methods(...CHANNEL_METHODS),
      methodOnClassOrCall(...CHANNEL_METHODS),
      anyOf(pattern(exactWord("Log")), call("logger"), CONTAINER_CALL)
    ),
    word("StreamHandler", "RotatingFileHandler")
  ),
  // A handler class may be imported under another name: any `new` can construct it.
  anchors: anyOf(methods(...CHANNEL_METHODS), word("new")),
  check(file, context2) {
    const reports = [];
    const program = file.program;
    const resolver = NameResolver.for(program);
    walk(program, (node, walkContext) => {
      const ancestors = [...walkContext.ancestors, node];
      let report = null;
      if (isKind(node, "call")) report = logManagerCall(file, context2, resolver, node, ancestors);
      else if (isKind(node, "new")) report = fileHandler(file, resolver, node, ancestors);
      if (report) reports.push(report);
    });
    return reports;
  }
};
function isLogManager(receiver, isStatic, resolver) {
  if (isStatic) return resolver.facadeName(receiver) === "Log";
  if (!isKind(receiver, "call")) return false;
  if (resolver.isGlobalFunctionCall(receiver, "logger")) return receiver.arguments.length === 0;
  return resolver.isGlobalFunctionCall(receiver, ["app", "resolve"]) && receiver.arguments.length === 1 && stringValue(receiver.arguments[0]) === "log";
}
function logManagerCall(file, context2, resolver, call2, ancestors) {
  if (!isMethodCall(call2)) return null;
  const method = (memberName(call2.what) ?? "").toLowerCase();
  if (method !== "build" && method !== "channel" && method !== "driver" && method !== "stack") return null;
  if (!isLogManager(call2.what.what, call2.what.kind === "staticlookup", resolver)) return null;
  if (method === "build") return logBuild(file, resolver, call2, ancestors);
  if (method === "stack") {
    const channels = traceValue(argument(call2, 0, "channels"), ancestors);
    if (!isKind(channels, "array")) {
      return unresolvedReport(
        file,
        call2,
        "log:stack:?",
        `the channels are given as ${snippet(file.text, argument(call2, 0, "channels"))}`
      );
    }
    const names = [];
    for (const item of channels.items) {
      const value2 = isKind(item, "entry") ? item.value : item;
      const traced = traceValue(value2, ancestors);
      if (isConfigRead(traced, resolver, "logging.default")) continue;
      names.push(stringValue(traced) ?? value2);
    }
    return namedChannels(
      file,
      context2,
      call2,
      names,
      `log:stack:${names.map((n) => typeof n === "string" ? n : snippet(file.text, n)).join(",")}`
    );
  }
  const arg = argument(call2, 0, method === "channel" ? "channel" : "driver");
  if (arg === null) return null;
  const value = traceValue(arg, ancestors);
  if (isNullLiteral(value) || isConfigRead(value, resolver, "logging.default")) return null;
  const name = value === null ? null : stringValue(value);
  return namedChannels(file, context2, call2, [name ?? arg], `log:channel:${name ?? snippet(file.text, arg)}`);
}
function namedChannels(file, context2, call2, names, key) {
  const project = context2.project;
  const local = [];
  const unresolved = [];
  const unresolvedEvidence = [];
  for (const entry of names) {
    if (typeof entry !== "string") {
      unresolved.push(
        `the channel is given as ${snippet(file.text, entry)}, which is not a literal channel name`
      );
      continue;
    }
    if (project === null) {
      unresolved.push(`this file is outside every Laravel app found, so the channel '${entry}' is unknown`);
      continue;
    }
    const targets = project.logChannel(entry);
    if (targets === null) {
      unresolved.push(`no log channel named '${entry}' is defined in the app's logging config`);
      continue;
    }
    for (const target of targets) {
      const verdict = localLogTargetVerdict(target);
      if (verdict) {
        local.push({ name: entry, target, values: verdict.values });
      } else if (writesUnknownFile(target)) {
        const leaf = target.via[target.via.length - 1] ?? entry;
        unresolved.push(
          `the path of the channel '${leaf}' could not be resolved (${decide(project, target.path).where})`
        );
        unresolvedEvidence.push(...target.path.evidence);
      }
    }
  }
  const what = snippet(file.text, call2);
  const span = callSpan(call2);
  if (local.length > 0 && project !== null) {
    const values = local.flatMap((l) => l.values);
    const parts = local.map(({ name, target }) => describeTarget(project, name, target));
    const decision = decide(project, local[0].target.driver);
    return {
      path: file.path,
      span,
      message: `${what} logs to ${parts.join("; and ")}${exampleOnlyNote(project, decision, values)}: ${CONSEQUENCE}`,
      evidence: evidenceFor({ path: file.path, ...span }, values),
      fingerprintKey: key
    };
  }
  if (unresolved.length > 0) {
    return {
      path: file.path,
      span,
      message: `${what} picks a log channel that could not be resolved: ${unresolved.join("; ")}. If it writes a log file on the server, ${CONSEQUENCE}`,
      evidence: unresolvedEvidence,
      fingerprintKey: key
    };
  }
  return null;
}
function writesUnknownFile(target) {
  const driver = normaliseDriver(target.driver.value);
  const file = isFileLogDriver(driver) || driver === "monolog" && isFileLogHandler(target.handler?.value);
  return file && target.path !== null && target.path.value === null;
}
function describeTarget(project, name, target) {
  const leaf = target.via[target.via.length - 1] ?? name;
  const route = target.via.length > 1 ? ` (through ${target.via.map((c) => `'${c}'`).join(" \u2192 ")})` : "";
  const driver = normaliseDriver(target.driver.value) ?? "?";
  const how = driver === "monolog" ? `monolog ${target.handler?.value ?? "handler"}` : `driver ${driver}`;
  const path5 = target.path && target.path.value !== null && target.path.envFile === null ? `, file ${target.path.value}` : "";
  return `the channel '${leaf}'${route} (${how} ${placeOf(decide(project, target.driver))}${path5})`;
}
function logBuild(file, resolver, call2, ancestors) {
  const arg = argument(call2, 0, "config");
  const config = traceValue(arg, ancestors);
  if (!isKind(config, "array")) {
    return unresolvedReport(
      file,
      call2,
      "log:build:?",
      `the channel configuration is given as ${snippet(file.text, arg ?? call2)}`
    );
  }
  const driverNode = arrayValue(config, "driver");
  const driver = normaliseDriver(stringValue(traceValue(driverNode, ancestors)));
  if (driver === null) {
    if (driverNode === null && !arrayHasSpread(config)) return null;
    return unresolvedReport(
      file,
      call2,
      "log:build:?",
      `its driver is ${snippet(file.text, driverNode ?? config)}`
    );
  }
  let path5;
  let how;
  if (isFileLogDriver(driver)) {
    path5 = arrayValue(config, "path");
    how = `a '${driver}' channel`;
  } else if (driver === "monolog") {
    const handlerNode = arrayValue(config, "handler");
    const handler = classReference(traceValue(handlerNode, ancestors), resolver);
    if (handler === null) {
      if (handlerNode === null) return null;
      return unresolvedReport(
        file,
        call2,
        "log:build:monolog:?",
        `its handler is ${snippet(file.text, handlerNode)}`
      );
    }
    if (!isFileLogHandler(handler)) return null;
    const param = sameName(handler, FQN.rotatingFileHandler) || /RotatingFileHandler$/i.test(handler) ? "filename" : "stream";
    path5 = arrayValue(traceValue(arrayValue(config, "handler_with"), ancestors), param) ?? arrayValue(traceValue(arrayValue(config, "with"), ancestors), param);
    how = `a monolog ${handler.slice(handler.lastIndexOf("\\") + 1)} channel`;
  } else {
    return null;
  }
  if (path5 === null) return null;
  return pathReport(
    file,
    resolver,
    call2,
    ancestors,
    path5,
    `Log::build() creates ${how} that writes`,
    `log:build:${driver}`
  );
}
function fileHandler(file, resolver, node, ancestors) {
  const cls = resolver.resolveClass(node.what);
  let path5;
  let short;
  if (sameName(cls, FQN.streamHandler)) {
    path5 = argument(node, 0, "stream");
    short = "StreamHandler";
  } else if (sameName(cls, FQN.rotatingFileHandler)) {
    path5 = argument(node, 0, "filename");
    short = "RotatingFileHandler";
  } else {
    return null;
  }
  if (path5 === null) return null;
  return pathReport(file, resolver, node, ancestors, path5, `new ${short}() writes`, `log:handler:${short}`);
}
function pathReport(file, resolver, node, ancestors, path5, lead, keyPrefix) {
  const value = traceValue(path5, ancestors);
  const text = stringValue(value);
  if (text !== null && isStreamPath(text)) return null;
  if (isKind(value, "call") && resolver.isGlobalFunctionCall(value, "fopen")) {
    const opened = stringValue(traceValue(argument(value, 0, "filename"), ancestors));
    if (opened !== null && isStreamPath(opened)) return null;
  }
  if (tempPathOrigin(path5, resolver, ancestors) !== null) return null;
  const pathText = snippet(file.text, path5);
  const key = `${keyPrefix}:${pathText}`;
  const origin = localPathOrigin(path5, resolver, ancestors);
  if (origin === null && text === null) {
    return unresolvedReport(
      file,
      node,
      key,
      `its path is ${pathText}, which could not be resolved to a file or a stream`
    );
  }
  const span = callSpan(node);
  const place = origin ? `, ${PLACE[origin.kind]}` : "";
  return {
    path: file.path,
    span,
    message: `${lead} the log file ${pathText}${place}: ${CONSEQUENCE}`,
    evidence: origin ? originEvidence(file, span, origin) : [],
    fingerprintKey: key
  };
}
function unresolvedReport(file, node, key, why) {
  const span = callSpan(node);
  return {
    path: file.path,
    span,
    message: `${snippet(file.text, node)} sets up logging that could not be resolved: ${why}. If it writes a log file on the server, ${CONSEQUENCE}`,
    evidence: [],
    fingerprintKey: key
  };
}

// src/rules/native-php-session.ts
var SESSION_FUNCTIONS = ["session_start", "session_id"];
var nativePhpSession = {
  meta: {
    id: "native-php-session",
    level: "code",
    defaultSeverity: "error",
    summary: "session_start(), session_id() or $_SESSION: PHP's native session, stored in files on one server.",
    help: "PHP's native session (session_start(), session_id(), $_SESSION) is separate from Laravel's session and uses PHP's save handler, which by default writes one file per session on the server that handled the request (session.save_path). Behind a load balancer the next request may reach another server, where the session is empty. Use Laravel's session instead (session('key'), $request->session(), the Session facade) with a shared driver such as redis, database or cookie."
  },
  // The functions, or the superglobal (variableName() compares `_SESSION` as written).
  triggers: anyOf(word(...SESSION_FUNCTIONS), patternWith(["_session"], exact("_SESSION"))),
  anchors: anyOf(word(...SESSION_FUNCTIONS), patternWith(["_session"], exact("_SESSION"))),
  check(file) {
    const program = file.program;
    const resolver = NameResolver.for(program);
    const reports = [];
    walk(program, (node, context2) => {
      const fn = resolver.globalFunctionName(node);
      if (fn !== null && SESSION_FUNCTIONS.includes(fn)) {
        reports.push({
          path: file.path,
          span: spanOf(node),
          message: `${fn}() uses PHP's native session, which the default save handler keeps in files on this server; another server does not see it. Use Laravel's session (session(), $request->session()) with a shared driver.`,
          evidence: [],
          fingerprintKey: `native-session:${fn}`
        });
        return;
      }
      if (variableName(node) !== "_SESSION" || isKind(context2.parent, "staticlookup") && context2.key === "offset")
        return;
      const ancestors = context2.ancestors;
      let anchor = node;
      let index = ancestors.length - 1;
      while (index >= 0) {
        const parent = ancestors[index];
        if (!isKind(parent, "offsetlookup") || parent.what !== anchor) break;
        anchor = parent;
        index--;
      }
      const firstLookup = anchor === node ? null : ancestors[ancestors.length - 1];
      const key = isKind(firstLookup, "offsetlookup") ? stringValue(firstLookup.offset) : null;
      const holder = index >= 0 ? ancestors[index] : null;
      const writes = isKind(holder, "assign") && holder.left === anchor || holder?.kind === "unset";
      const shown = key !== null ? `$_SESSION['${key}']` : "$_SESSION";
      reports.push({
        path: file.path,
        span: spanOf(anchor),
        message: `${shown} ${writes ? "writes" : "reads"} PHP's native session, which the default save handler keeps in files on this server; another server does not see it. Use Laravel's session (session('key'), $request->session()) with a shared driver.`,
        evidence: [],
        fingerprintKey: `native-session:$_SESSION${key !== null ? `:${key}` : ""}`
      });
    });
    return reports;
  }
};

// src/rules/hardcoded-storage-path.ts
var HOLE = "\u2026";
var SEPARATORS = /[\s"'`<>()[\]{},;|=]+/;
var PATTERNS = [
  { kind: "storage", pattern: /(?:^|\/)storage\/app(?:\/|$)/ },
  { kind: "public-uploads", pattern: /(?:^|\/)public\/(?:[\w.-]+\/)*uploads?(?:\/|$)/i },
  // Absolute paths with a storage segment: /storage/x, /var/www/html/storage/logs/x.log.
  { kind: "storage", pattern: /^\/(?:[^/]+\/)*storage\/[^/]/ },
  // Relative paths into storage: storage/logs/x.log, ./storage/x, asset('storage/avatars/…').
  { kind: "storage", pattern: /^(?:\.\/)?storage\/[^/]/ }
];
var UPLOAD_DIR = /^\/?(?:[\w.-]+\/)*uploads?(?:\/|$)/i;
var MAINTENANCE_FILE = /(?:^|\/)storage\/framework\/maintenance\.php$/;
function matchStoragePath(text) {
  let offset = 0;
  for (const token of text.split(SEPARATORS)) {
    const index = text.indexOf(token, offset);
    offset = index + token.length;
    if (token === "" || token.includes("://") || token.startsWith("//")) continue;
    if (MAINTENANCE_FILE.test(token)) continue;
    for (const { kind, pattern: pattern2 } of PATTERNS) {
      if (pattern2.test(token)) return { kind, token, index };
    }
  }
  return null;
}
var MESSAGE_METHODS = /* @__PURE__ */ new Set([
  "info",
  "error",
  "warn",
  "warning",
  "line",
  "comment",
  "question",
  "alert",
  "note",
  "notice",
  "debug",
  "critical",
  "emergency",
  "fail"
]);
var MESSAGE_FUNCTIONS = ["__", "trans", "trans_choice"];
var ROUTE_METHODS = /* @__PURE__ */ new Set([
  "get",
  "post",
  "put",
  "patch",
  "delete",
  "options",
  "any",
  "match",
  "redirect",
  "permanentredirect",
  "view",
  "prefix"
]);
var MESSAGE_PROPERTIES = /* @__PURE__ */ new Set(["description", "signature", "help"]);
var VALUE_PARTS = /* @__PURE__ */ new Set([
  "bin",
  "encapsed",
  "encapsedpart",
  "retif",
  "namedargument",
  "cast",
  "array",
  "entry"
]);
var TRANSLATION_FILE = /(?:^|\/)lang\/[^/]+\/.+\.php$/i;
var PATH_LITERAL = patternWith(
  ["storage/", "public/"],
  exact("storage/"),
  ci("public/") + String.raw`[\w./-]*` + ci("upload")
);
var hardcodedStoragePath = {
  meta: {
    id: "hardcoded-storage-path",
    level: "code",
    defaultSeverity: "warning",
    summary: "A string literal hard-codes a path on the server's local disk (storage/app\u2026, /storage/\u2026, public/uploads).",
    help: "Paths such as storage/app/\u2026, /var/www/app/storage/\u2026 or public/uploads point at the disk of the one server that runs the code. Files written there are missing on every other server behind the load balancer, and disappear when a container is replaced. Go through a filesystem disk instead (Storage::disk(...) with a shared driver such as s3) and keep paths relative to the disk; uploads belong on that disk too."
  },
  // Every PATTERNS match holds `storage/` (case-sensitive) or `public/…upload` in one literal;
  // public_path()'s upload directory holds the word upload.
  triggers: anyOf(PATH_LITERAL, allOf(word("public_path"), pattern(ci("upload")))),
  // The reported literal, or the public_path() call (its argument may be a variable).
  anchors: anyOf(PATH_LITERAL, word("public_path")),
  check(file, context2) {
    if (context2.isConfigFile || TRANSLATION_FILE.test(file.path)) return [];
    const program = file.program;
    const resolver = NameResolver.for(program);
    const isMessage = (ancestors) => {
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const node = ancestors[i];
        if (VALUE_PARTS.has(node.kind)) continue;
        if (isKind(node, "call")) {
          const method = isMemberLookup(node.what) ? memberName(node.what)?.toLowerCase() ?? "" : null;
          if (method !== null && isKind(node.what, "staticlookup") && ROUTE_METHODS.has(method) && resolver.facadeName(node.what.what) === "Route")
            return true;
          if (method !== null) return MESSAGE_METHODS.has(method);
          return MESSAGE_FUNCTIONS.some((name) => resolver.isGlobalFunctionCall(node, name));
        }
        if (isKind(node, "new")) {
          const what = node.what;
          return isKind(node.what, "name") && /(?:Exception|Error)$/i.test(String(what.name));
        }
        if (node.kind === "property") {
          const name = node.name?.name;
          return typeof name === "string" && MESSAGE_PROPERTIES.has(name.toLowerCase());
        }
        return false;
      }
      return false;
    };
    const isDiskKey = (literal, ancestors) => {
      let child2 = literal;
      for (let i = ancestors.length - 1; i >= 0; i--) {
        const node = ancestors[i];
        if (VALUE_PARTS.has(node.kind)) {
          child2 = node;
          continue;
        }
        if (!isKind(node, "call") || !node.arguments.includes(child2)) return false;
        const upToCall = ancestors.slice(0, i + 1);
        return isStorageDiskCall(node, resolver, upToCall) || isUploadStore(node, resolver, upToCall);
      }
      return false;
    };
    const quiet = (literal, ancestors) => isMessage(ancestors) || isDiskKey(literal, ancestors);
    const reports = [];
    const reported = /* @__PURE__ */ new Set();
    let lines = null;
    const tokenSpan = (anchor, token) => {
      const span = spanOf(anchor);
      const text = sourceText(file.text, anchor);
      if (span.line === span.endLine || text === null || !anchor.loc) return span;
      const at = text.indexOf(token);
      if (at === -1) return span;
      lines ??= new LineIndex(file.text);
      const start = lines.position(anchor.loc.start.offset + at);
      return {
        line: start.line,
        column: start.column + 1,
        endLine: start.line,
        endColumn: start.column + 1 + token.length
      };
    };
    const report = (anchor, literal, match) => {
      if (reported.has(literal)) return;
      reported.add(literal);
      reports.push({
        path: file.path,
        span: tokenSpan(anchor, match.token),
        message: messageFor(match),
        evidence: [],
        fingerprintKey: `path:${match.token}`
      });
    };
    walk(program, (node, context3) => {
      if (resolver.isGlobalFunctionCall(node, "public_path") && isKind(node, "call")) {
        let first = argument(node, 0, "path");
        while (isKind(first, "bin") && first.type === ".") first = first.left;
        const template = literalTemplate(first ?? void 0);
        if (first && template !== null && UPLOAD_DIR.test(template)) {
          report(first, first, {
            kind: "public-uploads",
            token: `public/${template.replace(/^\//, "")}`,
            index: 0
          });
        }
        return;
      }
      if (isKind(node, "string") || isKind(node, "nowdoc")) {
        if (isKind(context3.parent, "encapsedpart")) return;
        const match = matchStoragePath(node.value);
        if (match && !quiet(node, context3.ancestors)) report(node, node, match);
        return;
      }
      if (isKind(node, "encapsed") && node.type !== "shell") {
        const match = matchStoragePath(encapsedTemplate(node));
        if (match && !quiet(node, context3.ancestors)) report(node, node, match);
      }
    });
    return reports;
  }
};
function messageFor(match) {
  if (match.kind === "public-uploads") {
    return `'${match.token}' hard-codes an upload directory on this server's disk: files saved there exist only on the server that received them. Store uploads on a shared disk (->store('avatars', 's3'), Storage::disk('s3')).`;
  }
  return `'${match.token}' hard-codes a path on this server's local disk: files there exist only on the server that wrote them. Use a Storage disk with a shared driver (Storage::disk('s3')) and paths relative to it.`;
}
function literalTemplate(node) {
  if (isKind(node, "string") || isKind(node, "nowdoc")) return node.value;
  if (isKind(node, "encapsed") && node.type !== "shell") return encapsedTemplate(node);
  return null;
}
function encapsedTemplate(node) {
  return node.value.map((part) => isKind(part.expression, "string") ? part.expression.value : HOLE).join("");
}

// src/rules/schedule-without-on-one-server.ts
var EVENT_METHODS = /* @__PURE__ */ new Set(["command", "job", "call", "exec"]);
var CONSOLE_KERNEL = "Illuminate\\Foundation\\Console\\Kernel";
var SCHEDULING_METHOD = new RegExp(
  "^(?:schedule|cron|between|unlessbetween|every\\w+|hourly|hourlyat|daily|at|dailyat|twicedaily|twicedailyat|weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekly|weeklyon|monthly|monthlyon|twicemonthly|lastdayofmonth|daysofmonth|quarterly|quarterlyon|yearly|yearlyon|days|timezone|user|environments|eveninmaintenancemode|evenwhenpaused|withoutoverlapping|ononeserver|runinbackground|when|skip|name|description|withattributes|sendoutputto|appendoutputto|emailoutputto|emailwrittenoutputto|emailoutputonfailure|pingbefore|pingbeforeif|thenping|thenpingif|pingonsuccess|pingonsuccessif|pingonfailure|pingonfailureif|before|after|then|thenwithoutput|onsuccess|onsuccesswithoutput|onfailure|onfailurewithoutput|preventoverlapsusing|createmutexnameusing)$",
  "i"
);
var scheduleWithoutOnOneServer = {
  meta: {
    id: "schedule-without-on-one-server",
    level: "code",
    defaultSeverity: "warning",
    summary: "A scheduled task lacks onOneServer(), so every server running schedule:run runs it.",
    help: "The scheduler runs wherever cron calls `php artisan schedule:run`. With several servers each one runs every due task: reports are mailed twice, invoices charged twice, jobs dispatched once per server. Add ->onOneServer() to the task (or to the Schedule group it is in) so the servers race for an atomic lock and only one runs it. The lock lives in the cache, so the default cache store must be shared (redis, memcached, dynamodb or database). Closure tasks (call()) need ->name('\u2026') before onOneServer(). Running the scheduler on a single dedicated server is the alternative; then turn this rule off for the app."
  },
  // An event method, on a receiver that spells "schedule" (the facade, the type, a Kernel's
  // schedule(), withSchedule()) or on the Artisan facade (closure commands).
  triggers: allOf(
    patternWith(["schedule", "artisan"], ci("schedule"), exactWord("Artisan")),
    methods(...EVENT_METHODS)
  ),
  // A reported chain holds its event method (Artisan::command() too); onOneServer() too, which a
  // later statement can call on an event kept in a variable (a Blade template's other segment).
  anchors: methods(...EVENT_METHODS, "onOneServer"),
  check(file) {
    const program = file.program;
    const resolver = NameResolver.for(program);
    const reports = [];
    walk(program, (node, context2) => {
      if (!isMethodCall(node)) return;
      if (isMemberLookup(context2.parent) && context2.parent.what === node) return;
      const chain2 = flattenChain(node);
      if (!chain2) return;
      const ancestors = [...context2.ancestors, node];
      const event = scheduledEvent(chain2, ancestors, resolver);
      if (!event) return;
      const own = event.method === "artisan" ? chainHas(chain2, "onOneServer", event.index + 1) : chainHas(chain2, "onOneServer");
      if (own) return;
      const groups = enclosingGroups(context2.ancestors, resolver);
      if (groups.some((group) => chainHas(group, "onOneServer"))) return;
      if (laterOnOneServer(chain2.outer, context2.ancestors)) return;
      reports.push(reportFor(file.path, file.text, event, groups.length > 0));
    });
    return reports;
  }
};
function scheduledEvent(chain2, ancestors, resolver) {
  const index = chain2.links.findIndex(
    (link) => link.name !== null && EVENT_METHODS.has(link.name.toLowerCase())
  );
  if (index !== -1 && (isScheduleReceiver(chain2.root, ancestors, resolver) || chain2.links.slice(0, index).some((link) => resolvesSchedule(link.call, resolver)))) {
    const method = (chain2.links[index].name ?? "").toLowerCase();
    return { chain: chain2, index, method };
  }
  const [first] = chain2.links;
  if (first?.isStatic && first.name?.toLowerCase() === "command" && resolver.facadeName(chain2.root) === "Artisan" && chain2.links.slice(1).some((link) => link.name !== null && SCHEDULING_METHOD.test(link.name))) {
    return { chain: chain2, index: 0, method: "artisan" };
  }
  return null;
}
function isScheduleReceiver(root, ancestors, resolver) {
  if (isKind(root, "name")) return sameName(resolver.resolveLaravelClass(root), FQN.scheduleFacade);
  if (isKind(root, "variable")) {
    const declaration = variableDeclaration(root, ancestors, resolver);
    if (!declaration) {
      const value = assignedValue(root, ancestors);
      return isKind(value, "call") && resolvesSchedule(value, resolver);
    }
    if (declaration.types.some((type) => sameName(type, FQN.schedule))) return true;
    const untyped = declaration.parameter.type === null;
    return untyped && declaration.owner.arguments[0] === declaration.parameter && isScheduleCallback(declaration.owner, ancestors, resolver);
  }
  return isKind(root, "call") && resolvesSchedule(root, resolver);
}
function resolvesSchedule(call2, resolver) {
  const resolving = resolver.isGlobalFunctionCall(call2, ["app", "resolve"]) || isMethodCall(call2) && ["make", "makewith"].includes(memberName(call2.what)?.toLowerCase() ?? "");
  return resolving && isScheduleClass(call2.arguments[0], resolver);
}
function isScheduleClass(node, resolver) {
  return isKind(node, "staticlookup") && memberName(node)?.toLowerCase() === "class" && sameName(resolver.resolveLaravelClass(node.what), FQN.schedule);
}
function isScheduleCallback(owner, ancestors, resolver) {
  const at = ancestors.indexOf(owner);
  if (at <= 0) return false;
  if (owner.kind === "method") {
    const name = typeof owner.name === "string" ? owner.name : owner.name?.name;
    const cls = ancestors[at - 1];
    if (name?.toLowerCase() !== "schedule" || !isKind(cls, "class")) return false;
    const parent = Array.isArray(cls.extends) ? cls.extends[0] : cls.extends;
    return sameName(resolver.resolveClass(parent ?? null), CONSOLE_KERNEL);
  }
  const call2 = argumentOwner(ancestors, at);
  if (call2 === null || !isMethodCall(call2)) return false;
  const method = memberName(call2.what)?.toLowerCase();
  if (method === "withschedule") return true;
  if (method === "group") {
    const chain2 = flattenChain(call2);
    const callIndex = ancestors.indexOf(call2);
    return chain2 !== null && isScheduleReceiver(chain2.root, ancestors.slice(0, callIndex + 1), resolver);
  }
  return ["afterresolving", "callafterresolving", "resolving"].includes(method ?? "") && call2.arguments[1] === owner && isScheduleClass(call2.arguments[0], resolver);
}
function argumentOwner(ancestors, at) {
  let child2 = ancestors[at];
  let parentIndex = at - 1;
  if (isKind(ancestors[parentIndex], "namedargument")) {
    child2 = ancestors[parentIndex];
    parentIndex--;
  }
  const parent = ancestors[parentIndex];
  return isKind(parent, "call") && parent.arguments.includes(child2) ? parent : null;
}
function enclosingGroups(ancestors, resolver) {
  const groups = [];
  for (let i = ancestors.length - 1; i > 0; i--) {
    const fn = ancestors[i];
    if (!isKind(fn, "closure") && !isKind(fn, "arrowfunc")) continue;
    const call2 = argumentOwner(ancestors, i);
    if (!call2 || !isMethodCall(call2) || memberName(call2.what)?.toLowerCase() !== "group") continue;
    const chain2 = flattenChain(call2);
    const callIndex = ancestors.indexOf(call2);
    if (chain2 && isScheduleReceiver(chain2.root, [...ancestors.slice(0, callIndex), call2], resolver))
      groups.push(chain2);
  }
  return groups;
}
function laterOnOneServer(outer, ancestors) {
  const assign = ancestors[ancestors.length - 1];
  if (!isKind(assign, "assign") || assign.right !== outer) return false;
  const name = variableName(assign.left);
  if (name === null) return false;
  let scope = ancestors[0];
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (isFunctionLike(node)) {
      scope = node.body ?? node;
      break;
    }
  }
  const after = assign.loc?.end.offset ?? 0;
  let found = false;
  walk(scope, (node) => {
    if (found) return "skip";
    if (node !== scope && isFunctionLike(node)) return "skip";
    if (!isMethodCall(node) || (node.loc?.start.offset ?? 0) < after) return;
    const chain2 = flattenChain(node);
    if (chain2 && variableName(chain2.root) === name && chainHas(chain2, "onOneServer")) found = true;
  });
  return found;
}
function reportFor(path5, text, event, inGroup) {
  const { chain: chain2, method } = event;
  const span = spanOf(chain2.outer);
  const link = chain2.links[event.index];
  const arg = link.args[0];
  const id = identify(text, method, arg, chain2);
  const what = method === "command" ? `Scheduled command '${id}'` : method === "artisan" ? `Scheduled closure command '${id}'` : method === "job" ? `Scheduled job ${id}` : method === "exec" ? `Scheduled shell command '${id}'` : `Scheduled closure${id === "closure" ? "" : ` '${id}'`}`;
  const group = inGroup ? " (the Schedule group around it does not set onOneServer() either)" : "";
  const unnamedCall = method === "call" && !chainHas(chain2, ["name", "description"]);
  const fix = unnamedCall ? "add ->name('\u2026')->onOneServer() (a call() task needs a name before onOneServer(), or Laravel throws a LogicException)" : "add ->onOneServer() so only one server runs it";
  const report = {
    path: path5,
    span,
    message: `${what} runs on every server that runs \`schedule:run\`${group}; ${fix}. The lock needs a shared cache store (redis, memcached, dynamodb or database).`,
    evidence: [],
    fingerprintKey: `schedule:${method}:${id}`
  };
  const suggestion = unnamedCall ? null : appendOnOneServer(text, span);
  if (suggestion !== null) report.suggestion = suggestion;
  return report;
}
function identify(text, method, arg, chain2) {
  const value = isKind(arg, "namedargument") ? arg.value : arg;
  const literal = stringValue(value);
  if (literal !== null) return literal;
  if (isKind(value, "staticlookup") && memberName(value)?.toLowerCase() === "class" && isKind(value.what, "name")) {
    return value.what.name.replace(/^\\/, "");
  }
  if (isKind(value, "new") && isKind(value.what, "name")) return value.what.name.replace(/^\\/, "");
  if (method === "call") {
    const named = chain2.links.find((link) => ["name", "description"].includes(link.name?.toLowerCase() ?? ""));
    const name = named ? stringValue(named.args[0]) : null;
    return name ?? "closure";
  }
  const source = value ? sourceText(text, value) : null;
  return source === null ? "\u2026" : source.replace(/\s+/g, " ").trim().slice(0, 120);
}
function appendOnOneServer(text, span) {
  const lines = text.split("\n");
  const chunk = lines.slice(span.line - 1, span.endLine);
  if (chunk.length === 0) return null;
  const lastRaw = chunk[chunk.length - 1];
  const eol = lastRaw.endsWith("\r") ? "\r" : "";
  const last = eol ? lastRaw.slice(0, -1) : lastRaw;
  const head = last.slice(0, span.endColumn - 1);
  const tail = last.slice(span.endColumn - 1);
  if (!/^\s*;/.test(tail)) return null;
  const indent = /^(\s*)->/.exec(last);
  const replaced = chunk.length > 1 && indent ? [`${head}${eol}`, `${indent[1]}->onOneServer()${tail}${eol}`] : [`${head}->onOneServer()${tail}${eol}`];
  return [...chunk.slice(0, -1), ...replaced].join("\n");
}

// src/rules/code-rules.ts
var codeRules = [
  envOutsideConfig,
  uploadToLocalDisk,
  storageLocalWrite,
  cacheStoreExplicitLocal,
  logLocalFileInCode,
  scheduleWithoutOnOneServer,
  nativePhpSession,
  hardcodedStoragePath
];

// src/rules/cache-store-local.ts
var cacheStoreLocal = {
  meta: {
    id: "cache-store-local",
    level: "project",
    defaultSeverity: "warning",
    summary: "The default cache store keeps data on one server (file, apc, array, octane, storage on a local disk, or database on a sqlite file).",
    help: "A file, apc, octane or array cache (or storage on a local disk, or database on a sqlite file) is separate on every server: a value cached or forgotten on one server is stale on the others, cache:clear clears one server, and Cache::lock(), rate limiters and unique jobs lock only the server that took them. Use CACHE_STORE=redis (CACHE_DRIVER before Laravel 11), memcached or dynamodb, or database on a shared server."
  },
  check(project) {
    const store = project.defaultCacheStore();
    const verdict = localCacheStoreVerdict(store);
    if (verdict === null) return [];
    const decision = decide(project, store.name);
    const fallbackKey = project.frameworkMajor !== null && project.frameworkMajor < 11 ? "CACHE_DRIVER" : "CACHE_STORE";
    const name = store.name.value ?? "?";
    const consequence = verdict.kind === "ephemeral" ? "Every request starts with an empty cache, and locks and rate limits protect nothing." : "Each server sees its own cached values, cache:clear reaches one server, and cache locks and rate limits hold on one server only.";
    const dbFix = verdict.driver === "database" ? ", or point the connection at a server database (MySQL, PostgreSQL)" : "";
    const message = `${decision.where} selects the cache store '${name}', whose '${verdict.driver}' driver ${verdict.reason}${exampleOnlyNote(project, decision, verdict.values)}. ${consequence} Fix: ${fixSetting(decision, fallbackKey, "redis")} (or memcached/dynamodb, or database on a shared server)${dbFix}.`;
    return [reportAt(decision, verdict.values, message, "cache.default")];
  }
};

// src/rules/database-sqlite-file.ts
var databaseSqliteFile = {
  meta: {
    id: "database-sqlite-file",
    level: "project",
    defaultSeverity: "error",
    summary: "The default database connection is a sqlite file on one server.",
    help: "A sqlite database is a file on the server that writes it: every server behind a load balancer has its own copy, and the 'database' session, cache and queue drivers (the Laravel 11+ defaults) become local with it. Use DB_CONNECTION=mysql or pgsql (a server both app servers reach). An in-memory sqlite (:memory:) for tests is not reported."
  },
  check(project) {
    const connection = project.defaultDatabase();
    const verdict = sqliteFileVerdict(connection);
    if (verdict === null) return [];
    const decision = decide(project, connection.name);
    const name = connection.name.value ?? "?";
    const message = `${decision.where} selects the database connection '${name}', a sqlite file${exampleOnlyNote(project, decision, verdict.values)}. Each server writes its own copy of the data, and the 'database' session, cache and queue drivers stay on one server with it. Fix: ${fixSetting(decision, "DB_CONNECTION", "mysql")} (or pgsql) on a database server every app server reaches.`;
    return [reportAt(decision, verdict.values, message, "database.default")];
  }
};

// src/rules/env-key-ignored.ts
var RENAMES = [
  {
    old: "CACHE_DRIVER",
    current: "CACHE_STORE",
    config: "config/cache.php",
    what: "cache store",
    effective: (p) => p.defaultCacheStore().name
  },
  {
    old: "FILESYSTEM_DRIVER",
    current: "FILESYSTEM_DISK",
    config: "config/filesystems.php",
    what: "disk",
    effective: (p) => p.defaultDisk().name
  },
  {
    old: "BROADCAST_DRIVER",
    current: "BROADCAST_CONNECTION",
    config: "config/broadcasting.php",
    what: "broadcast connection",
    // The model does not resolve broadcasting: the message names no value.
    effective: () => null
  }
];
var envKeyIgnored = {
  meta: {
    id: "env-key-ignored",
    level: "project",
    defaultSeverity: "warning",
    summary: "An env file sets CACHE_DRIVER, FILESYSTEM_DRIVER or BROADCAST_DRIVER, but the config reads the renamed key, so the setting is ignored.",
    help: "Laravel 11 renamed CACHE_DRIVER to CACHE_STORE and BROADCAST_DRIVER to BROADCAST_CONNECTION; Laravel 9 renamed FILESYSTEM_DRIVER to FILESYSTEM_DISK. When the config reads only the new key, the old one in the env file does nothing and the config default (often file, database or local) is used on every server. Rename the key in the env file (and on the servers)."
  },
  check(project) {
    const reports = [];
    const assignments = project.envAssignments();
    for (const rename of RENAMES) {
      if (project.configReadsEnv(rename.old) || !project.configReadsEnv(rename.current)) continue;
      const sets = assignments.filter((a) => a.key === rename.old && a.referenced !== true);
      if (sets.length === 0) continue;
      const effective = rename.effective(project);
      const configName = readingConfig(project, rename, effective);
      for (const a of sets) {
        const decision = {
          anchor: { path: a.file, ...a.span },
          envFile: a.file,
          envKey: a.key,
          where: `${a.key} in ${a.file} line ${a.span.line}`
        };
        const inEffect = effective && effective.value !== null ? `the ${rename.what} '${effective.value}' is used (${effectiveSource(project, effective)})` : `the ${rename.what} comes from ${rename.current} or its config default`;
        const note = isExampleEnvFile(a.file) ? ` (set only in ${a.file}; the real environment may differ)` : "";
        const message = `${configName} reads ${rename.current}, so ${rename.old} in ${a.file} line ${a.span.line} is ignored${note} and ${inEffect}. Fix: rename the key to ${rename.current} here and in the servers' environment.`;
        reports.push(reportAt(decision, effective ? [effective] : [], message, `env:${rename.old}`));
      }
    }
    return reports;
  }
};
function readingConfig(project, rename, effective) {
  const fromEvidence = effective?.evidence.find((e) => project.isConfigFile(e.path))?.path;
  if (fromEvidence) return fromEvidence;
  const appFile = project.root === "" ? rename.config : `${project.root}/${rename.config}`;
  if (project.workspace.isFile(appFile)) return appFile;
  return `the framework's default ${rename.config}`;
}
function effectiveSource(project, value) {
  const d = decide(project, value);
  if (d.envFile !== null) return `set by ${d.envKey ?? "a key"} in ${d.envFile} line ${d.anchor.line}`;
  if (isFrameworkDefaultPath(d.anchor.path)) {
    return `the ${project.frameworkMajor === null ? "framework" : `Laravel ${project.frameworkMajor}`} default`;
  }
  return `the default in ${d.anchor.path} line ${d.anchor.line}`;
}

// src/rules/filesystem-disk-local.ts
var filesystemDiskLocal = {
  meta: {
    id: "filesystem-disk-local",
    level: "project",
    defaultSeverity: "warning",
    summary: "The default filesystem disk uses the 'local' driver, so files are written to one server's disk.",
    help: "Storage::put(), $request->file()->store() and every other call that uses the default disk write to a directory on the server that handled the request when that disk has the local driver (the skeleton's 'local' and 'public' disks both do). Other servers answer 404 for those files, and they are lost with the server. Use FILESYSTEM_DISK=s3 (or another shared driver), or mount a shared volume and suppress this finding."
  },
  check(project) {
    const disk = project.defaultDisk();
    const verdict = localDiskVerdict(disk);
    if (verdict === null) return [];
    const decision = decide(project, disk.name);
    const name = disk.name.value ?? "?";
    const message = `${decision.where} selects the default disk '${name}', whose 'local' driver ${verdict.reason}${exampleOnlyNote(project, decision, verdict.values)}. Files stored through the default disk are missing (404) on the other servers and lost with this one. Fix: ${fixSetting(decision, "FILESYSTEM_DISK", "s3")} (or another shared disk), or mount a shared volume and suppress this finding.`;
    return [reportAt(decision, verdict.values, message, "filesystems.default")];
  }
};

// src/rules/log-channel-local.ts
var logChannelLocal = {
  meta: {
    id: "log-channel-local",
    level: "project",
    defaultSeverity: "warning",
    summary: "The default log channel writes log files on each server (single, daily, monthly, or a file stream handler).",
    help: "The single, daily and monthly channels (and monolog StreamHandler/RotatingFileHandler on a file path) write storage/logs on the server that handled the request: logs are split across servers and gone when a server is replaced. Log to php://stderr (LOG_CHANNEL=stderr, or LOG_STACK=stderr in Laravel 11+) and let the platform collect it, or send logs to a central service; if an agent ships the files, suppress this finding."
  },
  check(project) {
    const reports = [];
    for (const target of project.defaultLogTargets()) {
      const verdict = localLogTargetVerdict(target);
      if (verdict === null) continue;
      const decision = decide(project, target.driver);
      const leaf = target.via[target.via.length - 1] ?? "?";
      const route = target.via.length > 1 ? `through ${target.via.map((c) => `'${c}'`).join(" \u2192 ")}` : `to '${leaf}'`;
      const how = verdict.driver === "monolog" ? `the monolog ${target.handler?.value ?? "stream handler"}` : `the '${verdict.driver}' driver`;
      const path5 = target.path && target.path.envFile === null ? ` (${target.path.value})` : "";
      const routeKey = decision.envKey ?? firstEnvKey(target.driver.evidence.map((e) => e.note));
      const fix = leaf === "stderr" && target.path ? `make the 'stderr' channel write to php://stderr (${target.path.anchor.path} line ${target.path.anchor.line})` : routeKey !== null || settableByEnv(decision) ? `set ${routeKey ?? "LOG_CHANNEL"}=stderr and let the platform collect stderr (or use a central log service)` : `change ${decision.anchor.path} line ${decision.anchor.line} so that the default channel logs to php://stderr (the 'stderr' channel) and let the platform collect stderr (or use a central log service)`;
      const message = `${decision.where} sends the default log channel ${route}, where ${how}${path5} ${verdict.reason}${exampleOnlyNote(project, decision, verdict.values)}. Fix: ${fix}; if an agent ships these files, suppress this finding.`;
      reports.push(reportAt(decision, verdict.values, message, `logging.default:${target.via.join(".")}`));
    }
    return reports;
  }
};

// src/rules/maintenance-driver-file.ts
var maintenanceDriverFile = {
  meta: {
    id: "maintenance-driver-file",
    level: "project",
    defaultSeverity: "notice",
    summary: "Maintenance mode uses the 'file' driver, so `php artisan down` affects one server only.",
    help: "With the file maintenance driver `php artisan down` writes storage/framework/down on the server where it runs; the other servers keep serving traffic during the deployment. Set APP_MAINTENANCE_DRIVER=cache with APP_MAINTENANCE_STORE naming a shared store (e.g. redis) so one command takes every server down (Laravel 10: 'maintenance' => ['driver' => 'cache', 'store' => 'redis'] in config/app.php)."
  },
  check(project) {
    const driver = project.maintenanceDriver();
    if (normaliseDriver(driver.value) !== "file") return [];
    const decision = decide(project, driver);
    const unset = project.configValue !== void 0 && project.configValue("app.maintenance.driver") === null;
    const fix = unset ? `add 'maintenance' => ['driver' => 'cache', 'store' => 'redis'] (a shared store) to ${decision.anchor.path}` : settableByEnv(decision) ? `${fixSetting(decision, "APP_MAINTENANCE_DRIVER", "cache")} and APP_MAINTENANCE_STORE to a shared store such as redis` : `${fixSetting(decision, "APP_MAINTENANCE_DRIVER", "cache")} and add 'store' => 'redis' (a shared store)`;
    const message = `${decision.where} selects the 'file' maintenance driver${exampleOnlyNote(project, decision, [driver])}: php artisan down marks only the server it runs on, the others keep serving. Fix: ${fix}.`;
    return [reportAt(decision, [driver], message, "app.maintenance.driver")];
  }
};

// src/rules/queue-connection-local.ts
var queueConnectionLocal = {
  meta: {
    id: "queue-connection-local",
    level: "project",
    defaultSeverity: "warning",
    summary: "The default queue connection runs jobs on the web server itself (sync, deferred, background), drops them (null), or keeps them in a sqlite file.",
    help: "The sync, deferred and background queue drivers run each job on the server that dispatched it, inside or right after the web request: no retries, no workers to spread the load, and the job is lost if that server dies. The null driver discards jobs. The database driver on a sqlite file keeps the queue on one server, so workers elsewhere never see it. Use QUEUE_CONNECTION=redis, sqs, or database on a shared server, and run queue workers."
  },
  check(project) {
    const queue2 = project.defaultQueue();
    const verdict = localQueueVerdict(queue2);
    if (verdict === null) return [];
    const decision = decide(project, queue2.name);
    const name = queue2.name.value ?? "?";
    const dbFix = verdict.driver === "database" ? ", or point the connection at a server database (MySQL, PostgreSQL)" : "";
    const selects = queue2.name.value === null ? "sets no queue connection (null), so Laravel uses the 'null' driver, which" : `selects the queue connection '${name}', whose '${verdict.driver}' driver`;
    const message = `${decision.where} ${selects} ${verdict.reason}${exampleOnlyNote(project, decision, verdict.values)}. Fix: ${fixSetting(decision, "QUEUE_CONNECTION", "redis")} (or sqs, or database on a shared server)${dbFix}, and run queue workers.`;
    return [reportAt(decision, verdict.values, message, "queue.default")];
  }
};

// src/rules/schedule-lock-store-local.ts
var SCHEDULE_FILES = ["app/Console/Kernel.php", "routes/console.php", "bootstrap/app.php"];
var LOCK_METHODS = /* @__PURE__ */ new Set(["ononeserver", "withoutoverlapping"]);
function appPath(project, rel) {
  return project.root === "" ? rel : `${project.root}/${rel}`;
}
function scanScheduleFiles(project) {
  const scan2 = { locks: [], useCache: [] };
  for (const rel of SCHEDULE_FILES) {
    const path5 = appPath(project, rel);
    const text = project.workspace.read(path5);
    if (text === null) continue;
    const file = parsePhpSource(path5, text);
    walk(file.program, (node) => {
      if (!isMethodCall(node)) return;
      const name = memberName(node.what)?.toLowerCase();
      if (name === void 0) return;
      if (LOCK_METHODS.has(name)) {
        const at = node.what.offset ?? node.what;
        scan2.locks.push({ path: path5, line: spanOf(at).line, method: memberName(node.what) });
      } else if (name === "usecache") {
        const arg = node.arguments[0];
        const value = isKind(arg, "namedargument") ? arg.value : arg;
        scan2.useCache.push({ path: path5, call: node, store: stringValue(value) });
      }
    });
  }
  return scan2;
}
var scheduleLockStoreLocal = {
  meta: {
    id: "schedule-lock-store-local",
    level: "project",
    defaultSeverity: "error",
    summary: "onOneServer() or withoutOverlapping() is used while the scheduler's cache store is local to each server, so the lock locks nothing.",
    help: "onOneServer() and withoutOverlapping() take an atomic lock in the scheduler's cache store (Schedule::useCache(), else cache.schedule_store, SCHEDULE_CACHE_DRIVER / SCHEDULE_CACHE_STORE, else the default cache store). With a file, apc, array or octane store (or database on a sqlite file) each server takes its own lock, so the task still runs on every server, silently. Point the scheduler at a store all servers share: CACHE_STORE=redis, or Schedule::useCache('redis')."
  },
  check(project) {
    const scan2 = scanScheduleFiles(project);
    if (scan2.locks.length === 0) return [];
    const useCache = scan2.useCache.length > 0 ? scan2.useCache[scan2.useCache.length - 1] : null;
    if (useCache !== null && useCache.store === null) return [];
    const store = project.scheduleCacheStore(useCache?.store ?? void 0);
    const verdict = localCacheStoreVerdict(store);
    if (verdict === null) return [];
    let decision;
    let fix;
    if (useCache !== null) {
      const span = spanOf(useCache.call);
      decision = {
        anchor: { path: useCache.path, ...span },
        envFile: null,
        envKey: null,
        where: `useCache('${useCache.store}') in ${useCache.path} line ${span.line}`
      };
      fix = "pass a shared store to useCache(), such as 'redis'";
    } else {
      decision = decide(project, store.name);
      const fallbackKey = project.frameworkMajor !== null && project.frameworkMajor < 11 ? "CACHE_DRIVER" : "CACHE_STORE";
      fix = `${fixSetting(decision, fallbackKey, "redis")} (or another store every server shares), or call Schedule::useCache('redis')`;
    }
    const lockEvidence = scan2.locks.map((l) => ({
      path: l.path,
      line: l.line,
      note: `${l.method}() takes its lock in the scheduler's cache store`
    }));
    const first = scan2.locks[0];
    const count = scan2.locks.length;
    const uses = count === 1 ? `${first.method}() is used` : `onOneServer()/withoutOverlapping() are used ${count} times`;
    const message = `${uses} in the schedule (${first.path} line ${first.line}), but ${decision.where} makes the scheduler's cache store '${store.name.value ?? "?"}', whose '${verdict.driver}' driver ${verdict.reason}${exampleOnlyNote(project, decision, verdict.values)}. Each server takes its own lock, so the tasks still run on every server. Fix: ${fix}.`;
    const report = reportAt(decision, verdict.values, message, "schedule.cache_store");
    const seen = new Set([decision.anchor, ...report.evidence].map((e) => `${e.path}:${e.line}`));
    const locks = lockEvidence.filter((e) => {
      const key = `${e.path}:${e.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    report.evidence = [...locks, ...report.evidence];
    return [report];
  }
};

// src/rules/session-driver-local.ts
var sessionDriverLocal = {
  meta: {
    id: "session-driver-local",
    level: "project",
    defaultSeverity: "error",
    summary: "The session driver keeps sessions on one server (file, native, apc, array, or database on a sqlite file).",
    help: "With the file, native or apc session driver (or the database driver on a sqlite file) a session exists only on the server that created it. Behind a load balancer the next request may reach another server, where the user is logged out and forms fail with 419 (CSRF token mismatch). The array driver keeps nothing at all. Use SESSION_DRIVER=redis, memcached, dynamodb or cookie, or database on a shared database server."
  },
  check(project) {
    const session2 = project.session();
    const verdict = localSessionVerdict(session2);
    if (verdict === null) return [];
    const decision = decide(project, session2.driver);
    const note = exampleOnlyNote(project, decision, verdict.values);
    const fix = `Fix: ${fixSetting(decision, "SESSION_DRIVER", "redis")} (or database on a shared server)`;
    if (verdict.kind === "ephemeral") {
      const message2 = `${decision.where} selects the '${verdict.driver}' session driver, which ${verdict.reason}${note}. It is meant for tests. ${fix}.`;
      return [reportAt(decision, verdict.values, message2, "session.driver", "warning")];
    }
    const dbFix = verdict.driver === "database" ? ", or point the connection at a server database (MySQL, PostgreSQL)" : "";
    const message = `Sessions stay on one server: ${decision.where} selects the '${verdict.driver}' session driver, which ${verdict.reason}${note}. Behind a load balancer users are logged out or get 419 errors when another server answers. ${fix}${dbFix}.`;
    return [reportAt(decision, verdict.values, message, "session.driver")];
  }
};

// src/rules/project-rules.ts
var projectRules = [
  sessionDriverLocal,
  cacheStoreLocal,
  queueConnectionLocal,
  filesystemDiskLocal,
  logChannelLocal,
  databaseSqliteFile,
  scheduleLockStoreLocal,
  envKeyIgnored,
  maintenanceDriverFile
];

// src/rules/registry.ts
function allRuleMetas() {
  return [...projectRules.map((r) => r.meta), ...codeRules.map((r) => r.meta), ...metaRules];
}
function allRuleIds() {
  return allRuleMetas().map((m) => m.id);
}

// src/engine/types.ts
var SEVERITIES = ["error", "warning", "notice"];
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}

// src/engine/result-cache.ts
var CACHE_FORMAT = 5;
var PARSE_ERROR = 1;
var SKIPPED = 2;
var TEXT_KEPT = 4;
var BAR = 124;
var DIGIT_0 = 48;
function entryLine(e) {
  return `${e.mode}|${e.signature}|${e.flags}|${e.digest}`;
}
function digestOf(text) {
  const full = typeof crypto.hash === "function" ? crypto.hash("sha256", text, "base64") : crypto.createHash("sha256").update(text).digest("base64");
  return full.slice(0, 22);
}
function readValue(text) {
  return text === null ? "-" : digestOf(text);
}
function evaluateInput(workspace, input) {
  const arg = input.slice(2);
  switch (input.slice(0, 2)) {
    case "r:":
      return readValue(workspace.read(arg));
    case "f:":
      return workspace.isFile(arg) ? "1" : "0";
    case "l:":
      return digestOf(workspace.list(arg).join("\n"));
    default:
      return null;
  }
}
function isStoredCache(value) {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  return v.format === CACHE_FORMAT && typeof v.key === "string" && typeof v.inputs === "object" && v.inputs !== null && typeof v.files === "object" && v.files !== null && typeof v.details === "object" && v.details !== null && typeof v.project === "object";
}
function isEvidence(value) {
  if (typeof value !== "object" || value === null) return false;
  const e = value;
  return typeof e.path === "string" && typeof e.line === "number" && typeof e.note === "string";
}
function isReport(value) {
  if (typeof value !== "object" || value === null) return false;
  const r = value;
  const span = r.span;
  return typeof r.path === "string" && typeof r.message === "string" && Array.isArray(r.evidence) && r.evidence.every(isEvidence) && (r.severity === void 0 || SEVERITIES.includes(r.severity)) && (r.fingerprintKey === void 0 || typeof r.fingerprintKey === "string") && (r.suggestion === void 0 || typeof r.suggestion === "string") && typeof span === "object" && span !== null && [span.line, span.column, span.endLine, span.endColumn].every((n) => typeof n === "number");
}
function isSuppression(value) {
  if (typeof value !== "object" || value === null) return false;
  const s = value;
  return typeof s.path === "string" && [s.line, s.column, s.endColumn, s.targetLine].every((n) => typeof n === "number") && Array.isArray(s.ruleIds) && s.ruleIds.every((id) => typeof id === "string") && (s.reason === null || typeof s.reason === "string");
}
function storedReports(reports) {
  return reports.map((r) => [r.meta.id, r.report, r.capAtNotice]);
}
function unchangedFlags(line, mode, signature) {
  const flagsAt = mode.length + signature.length + 2;
  if (!line.startsWith(mode) || line.charCodeAt(mode.length) !== BAR || !line.startsWith(signature, mode.length + 1) || line.charCodeAt(flagsAt - 1) !== BAR || line.charCodeAt(flagsAt + 1) !== BAR || line.indexOf("|", flagsAt + 2) !== -1)
    return -1;
  const flags = line.charCodeAt(flagsAt) - DIGIT_0;
  return flags >= 0 && flags <= 7 ? flags : -1;
}
var ResultCache = class {
  options;
  key;
  /** What the project model read in this run (first answer of each call). */
  inputs = /* @__PURE__ */ new Map();
  /** The earlier run's entries, once its inputs were checked; empty when they differ. */
  previousFiles = {};
  previousDetails = {};
  previousInputs = {};
  previousProject = null;
  project = null;
  /** Signatures taken by unchangedBySignature() of the files it left to outcome(). */
  signatures = /* @__PURE__ */ new Map();
  /** This run's entries: an unchanged file's stored line as it was, else the new entry. */
  current = /* @__PURE__ */ new Map();
  metas = new Map(allRuleMetas().map((m) => [m.id, m]));
  /** The stored cache could not be used as it was: it must be written even without a miss. */
  stale = false;
  /**
   * An input open() checked gave another answer when the project model read it: it changed during
   * the run, after outcomes were taken from the cache. Those outcomes belong to the old answer.
   */
  inputsMoved = false;
  stats = { hits: 0, misses: 0 };
  /**
   * `key`: everything else an outcome depends on that the run knows up front (the tool's version,
   * the config file's settings, the apps found, the optimisations that change outcomes).
   */
  constructor(options, key) {
    this.options = options;
    this.key = JSON.stringify({ identity: options.identity, key });
  }
  /** `workspace`, with every call recorded as an input of the outcomes (give it to the project model). */
  recording(workspace) {
    const note = (input, value) => {
      if (Object.hasOwn(this.previousInputs, input) && this.previousInputs[input] !== value)
        this.inputsMoved = true;
      if (!this.inputs.has(input)) this.inputs.set(input, value);
    };
    return {
      read: (path5) => {
        const text = workspace.read(path5);
        note(`r:${path5}`, readValue(text));
        return text;
      },
      isFile: (path5) => {
        const answer = workspace.isFile(path5);
        note(`f:${path5}`, answer ? "1" : "0");
        return answer;
      },
      list: (dir) => {
        const listing = workspace.list(dir);
        note(`l:${dir}`, digestOf(listing.join("\n")));
        return listing;
      }
    };
  }
  /**
   * Reads the stored cache and keeps its entries only when its key matches and every input it
   * recorded gives the same answer on `workspace` now. Call once, before outcome().
   */
  open(workspace) {
    const text = this.options.store.read();
    let stored = null;
    try {
      if (text !== null) stored = JSON.parse(text);
    } catch {
    }
    if (!isStoredCache(stored) || stored.key !== this.key) {
      this.stale = true;
      return;
    }
    for (const [input, value] of Object.entries(stored.inputs)) {
      if (typeof value !== "string" || evaluateInput(workspace, input) !== value) {
        this.stale = true;
        return;
      }
    }
    this.previousInputs = stored.inputs;
    this.previousFiles = stored.files;
    this.previousDetails = stored.details;
    this.previousProject = stored.project;
    this.project = stored.project;
  }
  /** The project model's part of the stored results, when open() kept them. */
  storedProject() {
    const stored = this.previousProject;
    if (stored === null || typeof stored !== "object") return null;
    if (typeof stored.apps !== "string" || !Array.isArray(stored.envFiles) || !stored.envFiles.every((f) => typeof f === "string") || !Array.isArray(stored.reports))
      return null;
    const reports = this.reviveReports(stored.reports);
    if (reports === null) return null;
    return { apps: stored.apps, envFiles: stored.envFiles, reports };
  }
  /** This run's project part; one with an internal error is not kept (the next run tries again). */
  storeProject(part) {
    const failed = part.reports.some((r) => r.meta === internalErrorRule);
    const project = failed ? null : { apps: part.apps, envFiles: part.envFiles, reports: storedReports(part.reports) };
    if (JSON.stringify(project) !== JSON.stringify(this.project)) this.stale = true;
    this.project = project;
  }
  /**
   * The stored outcomes of the files whose signature and analysis mode are unchanged, without
   * reading them (except the few whose outcome needs the text). The others go to outcome().
   */
  unchangedBySignature(paths, workspace, mode) {
    const out = /* @__PURE__ */ new Map();
    if (workspace.signature === void 0) return out;
    const files = this.previousFiles;
    for (const path5 of paths) {
      const signature = workspace.signature(path5);
      const line = signature !== null && Object.hasOwn(files, path5) ? files[path5] : void 0;
      const flags = typeof line === "string" ? unchangedFlags(line, mode, signature) : -1;
      const revived = flags < 0 ? null : this.reviveUnchanged(path5, flags, workspace);
      if (revived === null) {
        this.signatures.set(path5, signature);
        continue;
      }
      this.current.set(path5, line);
      this.stats.hits++;
      out.set(path5, revived);
    }
    return out;
  }
  /**
   * The outcome of `path`: the stored one when the file is unchanged (by its signature, else by
   * its content hash) and was analysed in the same mode; otherwise `analyse`'s, stored for the
   * next run. `analyse` gets the text, or null when the file cannot be read; it may return null
   * (screenFile(): the file needs a parse), and then so does this, storing nothing.
   */
  outcome(path5, workspace, mode, analyse) {
    const previous = this.entry(path5);
    const signature = this.signatures.has(path5) ? this.signatures.get(path5) ?? null : workspace.signature?.(path5) ?? null;
    const text = workspace.read(path5);
    if (text === null) return analyse(null);
    const digest = digestOf(text);
    if (previous !== null && previous.mode === mode && previous.digest === digest) {
      const revived = this.revive(path5, previous, text);
      if (revived !== null) {
        this.current.set(path5, { ...previous, signature: signature ?? "" });
        if ((signature ?? "") !== previous.signature) this.stale = true;
        this.stats.hits++;
        return revived;
      }
    }
    const outcome = analyse(text);
    if (outcome === null) return outcome;
    this.stats.misses++;
    if (!outcome.reports.some((r) => r.meta === internalErrorRule)) {
      this.current.set(path5, {
        digest,
        mode,
        signature: signature ?? "",
        flags: (outcome.parseError ? PARSE_ERROR : 0) | (outcome.skipped ? SKIPPED : 0) | (outcome.text !== null ? TEXT_KEPT : 0),
        reports: storedReports(outcome.reports),
        suppressions: outcome.suppressions
      });
    }
    return outcome;
  }
  /**
   * Writes the cache when anything changed. `keepUnseen`: keep the entries of files this run did not
   * audit (a scoped run sees a few files; a whole-app run drops the files that are gone).
   */
  save(keepUnseen) {
    if (this.inputsMoved) return;
    const inputs = { ...this.previousInputs };
    let newInputs = false;
    for (const [input, value] of this.inputs) {
      if (inputs[input] !== value) newInputs = true;
      inputs[input] = value;
    }
    const previousCount = Object.keys(this.previousFiles).length;
    const changed = this.stale || newInputs || this.stats.misses > 0 || !keepUnseen && this.current.size !== previousCount;
    if (!changed) return;
    const files = {};
    const details = {};
    const keep = (path5, entry) => {
      if (typeof entry === "string") {
        files[path5] = entry;
        if (Object.hasOwn(this.previousDetails, path5)) details[path5] = this.previousDetails[path5];
        return;
      }
      files[path5] = entryLine(entry);
      if (entry.reports.length > 0 || entry.suppressions.length > 0)
        details[path5] = [entry.reports, entry.suppressions];
    };
    if (keepUnseen) {
      for (const [path5, line] of Object.entries(this.previousFiles))
        if (!this.current.has(path5)) keep(path5, line);
    }
    for (const [path5, entry] of this.current) keep(path5, entry);
    const stored = {
      format: CACHE_FORMAT,
      key: this.key,
      inputs,
      files,
      details,
      project: this.project
    };
    try {
      this.options.store.write(JSON.stringify(stored));
    } catch {
    }
  }
  /** The earlier run's entry of `path`, or null. */
  entry(path5) {
    if (!Object.hasOwn(this.previousFiles, path5)) return null;
    const line = this.previousFiles[path5];
    if (typeof line !== "string") return null;
    const [mode, signature, flags, digest, extra] = line.split("|");
    if (extra !== void 0 || flags === void 0 || !/^[0-7]$/.test(flags)) return null;
    const detail = this.detail(path5);
    if (detail === null) return null;
    return {
      digest,
      mode,
      signature,
      flags: Number(flags),
      reports: detail?.[0] ?? [],
      suppressions: detail?.[1] ?? []
    };
  }
  reviveReports(stored) {
    const reports = [];
    for (const item of stored) {
      const meta = Array.isArray(item) ? this.metas.get(item[0]) : void 0;
      if (meta === void 0 || !isReport(item[1])) return null;
      reports.push({ meta, report: item[1], capAtNotice: item[2] === true });
    }
    return reports;
  }
  /** The stored outcome of a file recognised by its signature (read only when its text was kept). */
  reviveUnchanged(path5, flags, workspace) {
    const detail = this.detail(path5);
    if (detail === null) return null;
    const text = flags & TEXT_KEPT ? workspace.read(path5) : "";
    if (text === null) return null;
    return this.revive(path5, { flags, reports: detail?.[0] ?? [], suppressions: detail?.[1] ?? [] }, text);
  }
  /** The stored reports and suppressions of `path`: undefined when it has none, null when damaged. */
  detail(path5) {
    if (!Object.hasOwn(this.previousDetails, path5)) return void 0;
    const detail = this.previousDetails[path5];
    return Array.isArray(detail) && Array.isArray(detail[0]) && Array.isArray(detail[1]) && detail[1].every(isSuppression) ? detail : null;
  }
  revive(path5, entry, text) {
    const reports = this.reviveReports(entry.reports);
    if (reports === null) return null;
    return {
      path: path5,
      read: true,
      parseError: (entry.flags & PARSE_ERROR) !== 0,
      skipped: (entry.flags & SKIPPED) !== 0,
      reports,
      suppressions: entry.suppressions,
      text: entry.flags & TEXT_KEPT ? text : null
    };
  }
};

// src/engine/cache-file.ts
function userId() {
  return typeof process.getuid === "function" ? process.getuid() : null;
}
function defaultCacheFile(root, temp = tmpdir()) {
  const id = digestOf(path.resolve(root)).replace(/[^A-Za-z0-9]/g, "").slice(0, 20);
  const user = userId();
  return path.join(temp, user === null ? "stateless-audit" : `stateless-audit-${user}`, `${id}.json`);
}
function buildIdentity() {
  let code2 = "";
  try {
    code2 = readFileSync(fileURLToPath(import.meta.url), "utf8");
  } catch {
  }
  return `${TOOL_VERSION}+${digestOf(code2)}`;
}
function checkCacheFile(file, shown) {
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    stat = void 0;
  }
  if (stat?.isDirectory()) throw new UsageError(`--cache-file ${shown} is a directory; give a file name.`);
  if (stat !== void 0) return;
  const parent = path.dirname(file);
  let parentStat;
  try {
    parentStat = statSync(parent, { throwIfNoEntry: false });
  } catch {
    parentStat = void 0;
  }
  if (!parentStat?.isDirectory())
    throw new UsageError(`--cache-file ${shown}: the directory ${parent} does not exist.`);
}
function fileCacheStore(file, warn) {
  return {
    read: () => {
      let fd = null;
      try {
        fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
        const stat = fstatSync(fd);
        const user = userId();
        if (!stat.isFile() || user !== null && stat.uid !== user) return null;
        return readFileSync(fd, "utf8");
      } catch {
        return null;
      } finally {
        if (fd !== null) closeSync(fd);
      }
    },
    write: (text) => {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
        rmSync(temporary, { force: true });
        writeFileSync(temporary, text, { mode: 384, flag: "wx" });
        renameSync(temporary, file);
      } catch (err) {
        try {
          rmSync(temporary, { force: true });
        } catch {
        }
        const reason = err.code ?? err.message;
        warn(
          `the result cache ${file} could not be written (${reason}); the next run analyses every file again.`
        );
      }
    }
  };
}
function fileCache(file, warn) {
  return { store: fileCacheStore(file, warn), identity: buildIdentity() };
}

// src/engine/run.ts
import { existsSync, readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import path3 from "node:path";

// src/engine/audit.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/diff/parse.ts
var GIT_DIFF_ARGS = [
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--src-prefix=a/",
  "--dst-prefix=b/",
  "--find-renames",
  "--unified=3",
  // `diff.interHunkContext` would fuse nearby hunks, showing lines GitHub's diff does not.
  "--inter-hunk-context=0"
];
function gitDiffEnv(env2) {
  const copy = { ...env2 };
  delete copy.GIT_DIFF_OPTS;
  return copy;
}
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseUnifiedDiff(text) {
  const lines = text.split("\n");
  const files = [];
  let i = 0;
  while (i < lines.length) {
    const line = stripCr(lines[i] ?? "");
    if (line.startsWith("diff --git ")) {
      i = parseGitFile(lines, i, files);
    } else if (line.startsWith("--- ") && stripCr(lines[i + 1] ?? "").startsWith("+++ ")) {
      i = parsePlainFile(lines, i, files);
    } else {
      i++;
    }
  }
  return files;
}
function changedLines(hunks) {
  const set = /* @__PURE__ */ new Set();
  for (const hunk of hunks) {
    for (const line of hunk.lines)
      if (line.kind === "add" && line.newLine !== void 0) set.add(line.newLine);
  }
  return set;
}
function contextLines(hunks) {
  const set = /* @__PURE__ */ new Set();
  for (const hunk of hunks) {
    for (const line of hunk.lines) {
      if (line.kind === "context" && line.newLine !== void 0) set.add(line.newLine);
    }
  }
  return set;
}
function parseGitFile(lines, start, files) {
  const [headerOld, headerNew] = parseGitHeaderPaths(stripCr(lines[start] ?? "").slice("diff --git ".length));
  const file = {
    oldPath: headerOld,
    newPath: headerNew,
    status: "modified",
    binary: false,
    hunks: []
  };
  let added = false;
  let removed = false;
  let renamed = false;
  let copied = false;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = stripCr(lines[i] ?? "");
    if (line.startsWith("new file mode ")) added = true;
    else if (line.startsWith("deleted file mode ")) removed = true;
    else if (line.startsWith("rename from ")) {
      renamed = true;
      file.oldPath = unquote(line.slice("rename from ".length));
    } else if (line.startsWith("rename to ")) {
      renamed = true;
      file.newPath = unquote(line.slice("rename to ".length));
    } else if (line.startsWith("copy from ")) {
      copied = true;
      file.oldPath = unquote(line.slice("copy from ".length));
    } else if (line.startsWith("copy to ")) {
      copied = true;
      file.newPath = unquote(line.slice("copy to ".length));
    } else if (line.startsWith("old mode ") || line.startsWith("new mode ") || line.startsWith("similarity index ") || line.startsWith("dissimilarity index ") || line.startsWith("index ")) {
      continue;
    } else if (line.startsWith("Binary files ") || line === "GIT binary patch") {
      file.binary = true;
    } else {
      break;
    }
  }
  if (file.binary) {
    while (i < lines.length && !stripCr(lines[i] ?? "").startsWith("diff --git ")) i++;
  } else {
    if (stripCr(lines[i] ?? "").startsWith("--- ") && stripCr(lines[i + 1] ?? "").startsWith("+++ ")) {
      const oldPath = parseFileLinePath(stripCr(lines[i] ?? "").slice(4), "a/");
      const newPath = parseFileLinePath(stripCr(lines[i + 1] ?? "").slice(4), "b/");
      if (oldPath === null) added = true;
      else if (!renamed && !copied) file.oldPath = oldPath;
      if (newPath === null) removed = true;
      else if (!renamed && !copied) file.newPath = newPath;
      i += 2;
    }
    i = parseHunks(lines, i, file.hunks);
  }
  if (added) {
    file.status = "added";
    file.oldPath = null;
  } else if (removed) {
    file.status = "removed";
    file.newPath = null;
  } else if (copied) {
    file.status = "added";
  } else if (renamed) {
    file.status = "renamed";
  }
  files.push(file);
  return i;
}
function parsePlainFile(lines, start, files) {
  const oldPath = parseFileLinePath(stripCr(lines[start] ?? "").slice(4), null);
  const newPath = parseFileLinePath(stripCr(lines[start + 1] ?? "").slice(4), null);
  const file = {
    oldPath,
    newPath,
    status: oldPath === null ? "added" : newPath === null ? "removed" : "modified",
    binary: false,
    hunks: []
  };
  if (oldPath !== null && newPath !== null && oldPath !== newPath) file.status = "renamed";
  files.push(file);
  return parseHunks(lines, start + 2, file.hunks);
}
function parseHunks(lines, start, hunks) {
  let i = start;
  while (i < lines.length && HUNK_HEADER.test(lines[i] ?? "")) {
    const [hunk, next] = parseHunk(lines, i);
    hunks.push(hunk);
    i = next;
  }
  return i;
}
function parseHunk(lines, start) {
  const match = HUNK_HEADER.exec(lines[start] ?? "");
  if (match === null) throw new Error(`not a hunk header: ${lines[start]}`);
  const hunk = {
    oldStart: Number(match[1]),
    oldLines: match[2] === void 0 ? 1 : Number(match[2]),
    newStart: Number(match[3]),
    newLines: match[4] === void 0 ? 1 : Number(match[4]),
    lines: []
  };
  let oldLine = hunk.oldStart;
  let newLine = hunk.newStart;
  let oldLeft = hunk.oldLines;
  let newLeft = hunk.newLines;
  let i = start + 1;
  for (; i < lines.length && (oldLeft > 0 || newLeft > 0); i++) {
    const line = lines[i] ?? "";
    const marker = line.charAt(0);
    if (marker === "+" && newLeft > 0) {
      hunk.lines.push({ kind: "add", newLine: newLine++ });
      newLeft--;
    } else if (marker === "-" && oldLeft > 0) {
      hunk.lines.push({ kind: "del", oldLine: oldLine++ });
      oldLeft--;
    } else if ((marker === " " || line === "" || line === "\r") && oldLeft > 0 && newLeft > 0) {
      hunk.lines.push({ kind: "context", oldLine: oldLine++, newLine: newLine++ });
      oldLeft--;
      newLeft--;
    } else if (marker === "\\") {
    } else {
      break;
    }
  }
  while (i < lines.length && (lines[i] ?? "").startsWith("\\")) i++;
  return [hunk, i];
}
function parseGitHeaderPaths(rest) {
  let oldRaw;
  let newRaw;
  if (rest.startsWith('"')) {
    const [first, end] = readQuoted(rest, 0);
    oldRaw = first;
    const tail = rest.slice(end + 2);
    newRaw = tail.startsWith('"') ? readQuoted(tail, 0)[0] : tail;
  } else if (rest.endsWith('"')) {
    const match = /^(.*) ("(?:[^"\\]|\\.)*")$/.exec(rest);
    oldRaw = match?.[1] ?? rest;
    newRaw = match === null ? rest : unquote(match[2] ?? "");
  } else {
    const half = (rest.length - 1) / 2;
    const left = rest.slice(0, half);
    const right = rest.slice(half + 1);
    if (Number.isInteger(half) && rest.charAt(half) === " " && left.slice(2) === right.slice(2)) {
      oldRaw = left;
      newRaw = right;
    } else {
      const split = rest.indexOf(" b/");
      oldRaw = split < 0 ? rest : rest.slice(0, split);
      newRaw = split < 0 ? rest : rest.slice(split + 1);
    }
  }
  return [stripPrefix(oldRaw, "a/"), stripPrefix(newRaw, "b/")];
}
function parseFileLinePath(raw, prefix) {
  let path5;
  if (raw.startsWith('"')) path5 = readQuoted(raw, 0)[0];
  else {
    const tab = raw.indexOf("	");
    path5 = tab < 0 ? raw : raw.slice(0, tab);
  }
  if (path5 === "/dev/null") return null;
  return prefix === null ? path5 : stripPrefix(path5, prefix);
}
function stripPrefix(path5, prefix) {
  return path5.startsWith(prefix) ? path5.slice(prefix.length) : path5;
}
function stripCr(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function unquote(text) {
  return text.startsWith('"') ? readQuoted(text, 0)[0] : text;
}
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function readQuoted(text, start) {
  const bytes = [];
  let i = start + 1;
  while (i < text.length) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (char === '"') break;
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      i += char.length;
      continue;
    }
    const octal = /^[0-7]{3}/.exec(text.slice(i + 1, i + 4));
    const next = text.charAt(i + 1);
    if (octal !== null) {
      bytes.push(parseInt(octal[0], 8));
      i += 4;
    } else {
      const escaped = C_ESCAPES[next];
      bytes.push(...escaped === void 0 ? Buffer.from(next, "utf8") : [escaped]);
      i += 2;
    }
  }
  return [Buffer.from(bytes).toString("utf8"), i];
}

// src/diff/filter.ts
function inScope(finding, mode, scope, fileLevel = false) {
  if (scope === null || mode === "all") return true;
  const file = scope.get(finding.path);
  if (file === void 0) return false;
  if (mode === "file" || fileLevel) return true;
  const from = finding.line;
  const to = Math.max(finding.line, finding.endLine);
  if (intersects(file.added, from, to)) return true;
  return mode === "diff-context" && intersects(file.context, from, to);
}
function fileScope(hunks) {
  return { added: changedLines(hunks), context: contextLines(hunks) };
}
function intersects(lines, from, to) {
  if (lines.size === 0) return false;
  if (to - from + 1 <= lines.size) {
    for (let line = from; line <= to; line++) if (lines.has(line)) return true;
    return false;
  }
  for (const line of lines) if (line >= from && line <= to) return true;
  return false;
}

// src/engine/fs-workspace.ts
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, lstatSync, openSync as openSync2, readdirSync, readSync } from "node:fs";
import path2 from "node:path";
var NEVER_SCANNED_DIRS = /* @__PURE__ */ new Set(["vendor", "node_modules", ".git", ".phpstorm.meta.php"]);
var NEVER_SCANNED_APP_DIRS = ["storage", "bootstrap/cache"];
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var MAX_FILE_BYTES_BIG = BigInt(MAX_FILE_BYTES);
var RACY_MS = 3e3;
var NOT_PLAIN = /^\/|(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$|\\/;
var NEVER_SCANNED_SEGMENT = new RegExp(
  `(?:^|/)(?:${[...NEVER_SCANNED_DIRS].map((d) => d.replaceAll(".", "\\.")).join("|")})(?:/|$)`
);
function hasNeverScannedSegment(relPath) {
  return NEVER_SCANNED_SEGMENT.test(relPath);
}
function inNeverScannedAppDir(ws, relPath) {
  const parts = relPath.split("/");
  for (let i = 0; i < parts.length - 1; i++) {
    const rest = parts.slice(i).join("/");
    if (!NEVER_SCANNED_APP_DIRS.some((d) => rest.startsWith(`${d}/`))) continue;
    const dir = parts.slice(0, i).join("/");
    const at = (name) => dir === "" ? name : `${dir}/${name}`;
    if (ws.isFile(at("artisan")) || ws.isFile(at("composer.json"))) return true;
  }
  return false;
}
var ABSENT = /* @__PURE__ */ new Set(["ENOENT", "ENOTDIR", "ELOOP"]);
function failureReason(err) {
  const code2 = err.code;
  if (code2 !== void 0 && ABSENT.has(code2)) return null;
  if (code2 === "EACCES" || code2 === "EPERM") return "permission denied";
  if (code2 === "EISDIR") return "not a regular file";
  if (code2 === "EIO") return "an input/output error";
  return code2 ?? err.message;
}
var TOO_LARGE = `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`;
var NOT_REGULAR = "not a regular file";
var FsWorkspace = class {
  root;
  /** The root and a separator: what every path inside it starts with. */
  rootPrefix;
  racyMs;
  /** `racyMs`: how recently changed a file has no signature (tests shorten it). */
  constructor(root, options = {}) {
    this.root = path2.resolve(root);
    this.rootPrefix = this.root + path2.sep;
    this.racyMs = options.racyMs ?? RACY_MS;
  }
  /** Directories already seen to be real directories, not symlinks: each is checked once. */
  realDirs = /* @__PURE__ */ new Set();
  /** Reused for every read: one allocation instead of one per file. */
  buffer = Buffer.allocUnsafe(64 * 1024);
  /** Paths that exist but could not be read or listed, with why (failure()). */
  failures = /* @__PURE__ */ new Map();
  /** Directories list() could not open, with why (unlisted()). */
  unlistedDirs = /* @__PURE__ */ new Map();
  failure(rel) {
    return this.failures.get(rel) ?? null;
  }
  unlisted() {
    return this.unlistedDirs;
  }
  /** Records why `rel` could not be read; null when the error means it is absent. */
  failed(rel, reason) {
    if (reason !== null) this.failures.set(rel, reason);
    return null;
  }
  /**
   * `rel` as an absolute path inside the root, or null; `leafChecked`: the caller lstats the leaf
   * itself. A directory on the way that cannot be looked into is recorded as `rel`'s failure.
   */
  resolve(rel, leafChecked = false) {
    const abs = path2.sep === "/" && rel !== "" && !NOT_PLAIN.test(rel) ? `${this.root}/${rel}` : path2.resolve(this.root, rel);
    if (abs !== this.root && !abs.startsWith(this.rootPrefix)) return null;
    if (leafChecked && this.realDirs.has(path2.dirname(abs))) return abs;
    const parts = path2.relative(this.root, abs).split(path2.sep).filter(Boolean);
    let cur = this.root;
    for (let i = 0; i < parts.length; i++) {
      cur = path2.join(cur, parts[i]);
      const leaf = i === parts.length - 1;
      if (leaf && leafChecked) break;
      if (!leaf && this.realDirs.has(cur)) continue;
      try {
        const stat = lstatSync(cur);
        if (stat.isSymbolicLink()) return null;
        if (!leaf && stat.isDirectory()) this.realDirs.add(cur);
      } catch (err) {
        return this.failed(rel, failureReason(err));
      }
    }
    return abs;
  }
  isFile(rel) {
    const abs = this.resolve(rel);
    if (!abs) return false;
    try {
      return lstatSync(abs).isFile();
    } catch {
      return false;
    }
  }
  read(rel) {
    const abs = this.resolve(rel, true);
    if (!abs) return null;
    let fd = null;
    try {
      fd = openSync2(abs, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
      let buffer = this.buffer;
      let length = readSync(fd, buffer, 0, buffer.length, null);
      if (length === 0 || length === buffer.length) {
        const st = fstatSync2(fd);
        if (!st.isFile()) return this.failed(rel, NOT_REGULAR);
        if (st.size > MAX_FILE_BYTES) return this.failed(rel, TOO_LARGE);
        if (length === buffer.length) {
          buffer = Buffer.allocUnsafe(Math.max(st.size + 1, buffer.length * 2));
          this.buffer.copy(buffer, 0, 0, length);
          for (; ; ) {
            const n = readSync(fd, buffer, length, buffer.length - length, null);
            length += n;
            if (n === 0 || length < buffer.length) break;
            if (buffer.length > MAX_FILE_BYTES) return this.failed(rel, TOO_LARGE);
            const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
            buffer.copy(bigger, 0, 0, length);
            buffer = bigger;
          }
        }
      }
      this.failures.delete(rel);
      return buffer.toString("utf8", 0, length);
    } catch (err) {
      const code2 = err.code;
      return this.failed(rel, code2 === "EAGAIN" ? NOT_REGULAR : failureReason(err));
    } finally {
      if (fd !== null) closeSync2(fd);
    }
  }
  signature(rel) {
    const abs = this.resolve(rel, true);
    if (!abs) return null;
    let stat;
    try {
      stat = lstatSync(abs, { bigint: true });
    } catch {
      return null;
    }
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES_BIG) return null;
    if (Math.max(Number(stat.mtimeMs), Number(stat.ctimeMs)) > Date.now() - this.racyMs) return null;
    return `${stat.ino.toString(36)}:${stat.size.toString(36)}:${stat.mtimeNs.toString(36)}:${(stat.ctimeNs - stat.mtimeNs).toString(36)}`;
  }
  list(dir) {
    const start = dir === "" ? this.root : this.resolve(dir);
    if (!start) return [];
    const out = [];
    const first = path2.relative(this.root, start).split(path2.sep).join("/");
    const stack = [[start, first === "" ? "" : `${first}/`]];
    const skipDirs = /* @__PURE__ */ new Set();
    while (stack.length > 0) {
      const [current, rel] = stack.pop();
      let entries;
      try {
        entries = readdirSync(current, { withFileTypes: true });
      } catch (err) {
        const reason = failureReason(err);
        if (reason !== null) {
          const relDir = rel.replace(/\/$/, "");
          this.unlistedDirs.set(relDir, reason);
          this.failures.set(relDir, reason);
        }
        continue;
      }
      if (entries.some((e) => e.isFile() && (e.name === "artisan" || e.name === "composer.json"))) {
        for (const skip of NEVER_SCANNED_APP_DIRS) skipDirs.add(path2.join(current, skip));
      }
      for (const entry of entries) {
        if (entry.isSymbolicLink()) continue;
        if (entry.isDirectory()) {
          const abs = path2.join(current, entry.name);
          if (!NEVER_SCANNED_DIRS.has(entry.name) && !skipDirs.has(abs)) {
            this.realDirs.add(abs);
            stack.push([abs, `${rel}${entry.name}/`]);
          }
        } else if (entry.isFile()) {
          out.push(rel + entry.name);
        }
      }
    }
    return out.sort();
  }
};

// src/laravel/apps.ts
var SKIPPED_SEGMENTS = /* @__PURE__ */ new Set(["vendor", "node_modules", ".git"]);
function joinPath(root, rel) {
  if (root === "") return rel;
  if (rel === "") return root;
  return `${root}/${rel}`;
}
function dirOf(path5) {
  const i = path5.lastIndexOf("/");
  return i < 0 ? "" : path5.slice(0, i);
}
function baseOf(path5) {
  return path5.slice(path5.lastIndexOf("/") + 1);
}
function parseJson(text) {
  if (text === null) return null;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
}
function record(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : null;
}
function frameworkConstraint(composerJson) {
  const require2 = record(record(parseJson(composerJson))?.require);
  const constraint = require2?.["laravel/framework"];
  return typeof constraint === "string" ? constraint : null;
}
function isApplicationComposer(ws, dir, text) {
  if (frameworkConstraint(text) === null) return false;
  const type = record(parseJson(text))?.type;
  if (type === "project") return true;
  return ws.isFile(joinPath(dir, "bootstrap/app.php")) || ws.isFile(joinPath(dir, "config/app.php"));
}
function locateApps(ws) {
  const found = /* @__PURE__ */ new Map();
  for (const file of ws.list("")) {
    if (file.split("/").some((s) => SKIPPED_SEGMENTS.has(s))) continue;
    const name = baseOf(file);
    const dir = dirOf(file);
    if (name === "artisan") {
      found.set(dir, { root: dir, detectedBy: "artisan" });
    } else if (name === "composer.json" && !found.has(dir)) {
      if (isApplicationComposer(ws, dir, ws.read(file)))
        found.set(dir, { root: dir, detectedBy: "composer.json" });
    }
  }
  return [...found.values()].sort(outermostFirst);
}
function outermostFirst(a, b) {
  const depth = a.root.split("/").length - b.root.split("/").length;
  if (a.root === "" || b.root === "") return a.root === "" ? -1 : 1;
  return depth !== 0 ? depth : a.root < b.root ? -1 : a.root > b.root ? 1 : 0;
}
function locateAppsAround(ws, paths) {
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const path5 of paths) {
    for (let dir = dirOf(path5); dir !== ""; dir = dirOf(dir)) {
      if (dirs.has(dir)) break;
      dirs.add(dir);
    }
  }
  const ordered = [...dirs].sort(
    (a, b) => (a === "" ? 0 : a.split("/").length) - (b === "" ? 0 : b.split("/").length)
  );
  const unlisted = [];
  const found = /* @__PURE__ */ new Map();
  for (const dir of ordered) {
    if (dir.split("/").some((s) => SKIPPED_SEGMENTS.has(s))) continue;
    if (unlisted.some((u) => dir === u || dir.startsWith(`${u}/`))) continue;
    const artisan = ws.isFile(joinPath(dir, "artisan"));
    const composer = ws.isFile(joinPath(dir, "composer.json"));
    if (artisan || composer) unlisted.push(...NEVER_SCANNED_APP_DIRS.map((r) => joinPath(dir, r)));
    if (artisan) found.set(dir, { root: dir, detectedBy: "artisan" });
    else if (composer && isApplicationComposer(ws, dir, ws.read(joinPath(dir, "composer.json"))))
      found.set(dir, { root: dir, detectedBy: "composer.json" });
  }
  return [...found.values()].sort(outermostFirst);
}
function findApps(ws) {
  return locateApps(ws).map((a) => a.root);
}
function lineAnchor(path5, text, re, from = 0) {
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = from; i < lines.length; i++) {
    const m = re.exec(lines[i]);
    if (m) {
      const column = m.index + 1;
      return { path: path5, line: i + 1, column, endLine: i + 1, endColumn: column + m[0].length };
    }
  }
  return null;
}
function lowestMajor(constraint) {
  let lowest = null;
  for (const alternative of constraint.split(/\s*\|\|?\s*/)) {
    const glued = alternative.trim().replace(/([<>=!^~]+)\s+/g, "$1");
    for (const token of glued.split(/[\s,]+/)) {
      if (/^(<|!=)/.test(token)) continue;
      const m = /^(?:\^|~|>=?|==?)?v?(\d+)/i.exec(token);
      if (!m) continue;
      const major = Number(m[1]);
      if (lowest === null || major < lowest) lowest = major;
      break;
    }
  }
  return lowest;
}
function detectVersion(ws, root) {
  const lockPath = joinPath(root, "composer.lock");
  const lockText = ws.read(lockPath);
  const lock = record(parseJson(lockText));
  if (lock !== null && lockText !== null) {
    for (const section of ["packages", "packages-dev"]) {
      const list = lock[section];
      if (!Array.isArray(list)) continue;
      const pkg = list.map(record).find((p) => p?.name === "laravel/framework");
      const version = pkg?.version;
      if (typeof version !== "string") continue;
      const m = /^v?(\d+)\./.exec(version);
      if (!m) continue;
      const nameAt = lineAnchor(lockPath, lockText, /"name"\s*:\s*"laravel\/framework"/);
      const versionAt = lineAnchor(
        lockPath,
        lockText,
        new RegExp(`"version"\\s*:\\s*"${version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`),
        nameAt ? nameAt.line - 1 : 0
      );
      return {
        major: Number(m[1]),
        source: `composer.lock laravel/framework ${version}`,
        anchor: versionAt ?? nameAt
      };
    }
  }
  const jsonPath = joinPath(root, "composer.json");
  const jsonText = ws.read(jsonPath);
  const constraint = frameworkConstraint(jsonText);
  if (constraint !== null && jsonText !== null) {
    const major = lowestMajor(constraint);
    return {
      major,
      source: major === null ? null : `composer.json requires laravel/framework ${constraint}`,
      anchor: lineAnchor(jsonPath, jsonText, /"laravel\/framework"\s*:/)
    };
  }
  return { major: null, source: null, anchor: null };
}

// src/laravel/project.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { posix as posix2 } from "node:path";

// src/env/parse.ts
var LINE = /(?:^|^)\s*(export\s+)?(["']?)([\w.-]+)\2(\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;
var VARIABLE = /\$\{([a-zA-Z0-9_.]+)\}/g;
var VARIABLE_AT = /\$\{([a-zA-Z0-9_.]+)\}/y;
var LineIndex2 = class {
  starts = [0];
  constructor(text) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** 1-based line and column of a string offset. */
  at(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  lineCount() {
    return this.starts.length;
  }
  lineText(text, line) {
    const start = this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] - 1 : text.length;
    return text.slice(start, next);
  }
};
function expand(value, known, uses) {
  return value.replace(VARIABLE, (whole, name) => {
    const hit = known.get(name);
    if (hit === void 0) return whole;
    uses.push({ key: name, line: hit.line });
    return hit.value;
  });
}
var CONTROL = { f: "\f", n: "\n", r: "\r", t: "	", v: "\v" };
function doubleQuoted(body, known, uses) {
  let text = "";
  const dollars = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "$") dollars.push(text.length);
    if (c !== "\\" || i + 1 >= body.length) {
      text += c;
      continue;
    }
    const next = body[++i];
    if (next === '"' || next === "\\" || next === "$") text += next;
    else text += CONTROL[next] ?? `\\${next}`;
  }
  const found = [];
  for (let d = dollars.length - 1; d >= 0; d--) {
    const at = dollars[d];
    VARIABLE_AT.lastIndex = at;
    const m = VARIABLE_AT.exec(text);
    const hit = m ? known.get(m[1]) : void 0;
    if (!m || hit === void 0) continue;
    text = text.slice(0, at) + hit.value + text.slice(at + m[0].length);
    found.unshift({ key: m[1], line: hit.line });
  }
  uses.push(...found);
  return text;
}
function parseEnv(text) {
  const src = String(text).replace(/\r\n?/g, "\n");
  const index = new LineIndex2(src);
  const entries = [];
  const known = /* @__PURE__ */ new Map();
  const covered = /* @__PURE__ */ new Set();
  const tails = /* @__PURE__ */ new Map();
  LINE.lastIndex = 0;
  let match;
  while ((match = LINE.exec(src)) !== null) {
    if (match[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    const indices = match.indices;
    if (!indices || !indices[2] || !indices[3] || !indices[4]) continue;
    const key = match[3];
    const keyStart = indices[2][0];
    const keyEnd = indices[3][1] + match[2].length;
    const captured = match[5] ?? "";
    const trimmed = captured.trim();
    const capturedStart = indices[5] ? indices[5][0] : indices[4][1];
    const valueStart = trimmed === "" ? capturedStart : capturedStart + captured.indexOf(trimmed);
    const valueEnd = valueStart + trimmed.length;
    const first = trimmed[0];
    let value = trimmed.replace(/^(['"])([\s\S]*)\1$/gm, "$2");
    const quote2 = value !== trimmed && (first === '"' || first === "'") ? first : null;
    const uses = [];
    if (quote2 === '"') value = doubleQuoted(value, known, uses);
    else if (quote2 === null) {
      if (first === '"') value = value.replace(/\\n/g, "\n").replace(/\\r/g, "\r");
      value = expand(value, known, uses);
    }
    const keyPos = index.at(keyStart);
    known.set(key, { value, line: keyPos.line });
    const valuePos = index.at(valueStart);
    const valueEndPos = index.at(valueEnd);
    entries.push({
      key,
      value,
      rawValue: trimmed,
      quote: quote2,
      line: keyPos.line,
      column: keyPos.column,
      endColumn: keyPos.column + (keyEnd - keyStart),
      valueLine: valuePos.line,
      valueColumn: valuePos.column,
      valueEndLine: valueEndPos.line,
      valueEndColumn: valueEndPos.column,
      exported: match[1] !== void 0,
      uses
    });
    for (let l = keyPos.line; l <= valueEndPos.line; l++) covered.add(l);
    tails.set(valueEndPos.line, valueEndPos.column);
  }
  const comments = [];
  for (let line = 1; line <= index.lineCount(); line++) {
    const lineText2 = index.lineText(src, line);
    if (!covered.has(line)) {
      const m2 = /^\s*#/.exec(lineText2);
      if (m2) comments.push({ line, column: m2[0].length, text: lineText2.slice(m2[0].length - 1) });
      continue;
    }
    const tail = tails.get(line);
    if (tail === void 0) continue;
    const rest = lineText2.slice(tail - 1);
    const m = /^\s*#/.exec(rest);
    if (m) comments.push({ line, column: tail + m[0].length - 1, text: rest.slice(m[0].length - 1) });
  }
  return { entries, comments };
}
function effectiveEntries(parsed2) {
  const out = /* @__PURE__ */ new Map();
  for (const entry of parsed2.entries) out.set(entry.key, entry);
  return out;
}
function laravelEnvValue(raw) {
  switch (raw.toLowerCase()) {
    case "true":
    case "(true)":
      return true;
    case "false":
    case "(false)":
      return false;
    case "empty":
    case "(empty)":
      return "";
    case "null":
    case "(null)":
      return null;
  }
  const quoted = /^(['"])([\s\S]*)\1$/.exec(raw);
  return quoted ? quoted[2] : raw;
}

// src/laravel/config-eval.ts
var import_php_parser2 = __toESM(require_src(), 1);
function isNode2(v) {
  return typeof v === "object" && v !== null && typeof v.kind === "string";
}
function child(node, field) {
  const v = node[field];
  return isNode2(v) ? v : null;
}
function children(node, field) {
  const v = node[field];
  return Array.isArray(v) ? v.filter(isNode2) : [];
}
function str(node, field) {
  const v = node[field];
  return typeof v === "string" ? v : null;
}
var PATH_HELPERS = /* @__PURE__ */ new Set([
  "storage_path",
  "database_path",
  "base_path",
  "public_path",
  "app_path",
  "resource_path",
  "config_path",
  "lang_path"
]);
var FUNCTIONS = /* @__PURE__ */ new Set([
  "explode",
  "implode",
  "trim",
  "rtrim",
  "ltrim",
  "strtolower",
  "strtoupper",
  "array_filter"
]);
var ENV_CLASSES = /* @__PURE__ */ new Set(["illuminate\\support\\env", "env"]);
function shortText(text, max = 100) {
  const flat = text.replace(/\s+/g, " ").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}
function newEngine2() {
  return new import_php_parser2.Engine({
    parser: { php8: true, version: "8.5", suppressErrors: true, extractDoc: true },
    ast: { withPositions: true }
  });
}
var Converter = class {
  constructor(text, path5) {
    this.text = text;
    this.path = path5;
  }
  text;
  path;
  uses = /* @__PURE__ */ new Map();
  problems = [];
  site(node) {
    const loc = node.loc;
    if (!loc) return { origin: null, text: "" };
    return {
      origin: {
        kind: "app",
        path: this.path,
        line: loc.start.line,
        column: loc.start.column + 1,
        endLine: loc.end.line,
        endColumn: loc.end.column + 1
      },
      text: shortText(this.text.slice(loc.start.offset, loc.end.offset))
    };
  }
  addUses(program) {
    for (const group of children(program, "children")) {
      if (group.kind !== "usegroup" || (str(group, "type") ?? "class") !== "class") continue;
      const prefix = str(group, "name");
      for (const item of children(group, "items")) {
        const name = str(item, "name");
        if (name === null) continue;
        const full = (prefix ? `${prefix}\\${name}` : name).replace(/^\\/, "");
        const alias = child(item, "alias");
        const short = (alias ? str(alias, "name") : null) ?? full.split("\\").pop() ?? full;
        this.uses.set(short.toLowerCase(), full);
      }
    }
  }
  /** A class name as PHP resolves it in a file without a namespace: through `use`, else as written. */
  className(nameNode) {
    if (nameNode.kind !== "name") return null;
    const raw = str(nameNode, "name");
    if (raw === null) return null;
    if (raw.startsWith("\\")) return raw.slice(1);
    const [first, ...rest] = raw.split("\\");
    const imported = this.uses.get(first.toLowerCase());
    if (imported) return [imported, ...rest].join("\\");
    return raw;
  }
  /** The env key when `node` is env('KEY'), \env('KEY'), Env::get('KEY') or Env::getOrFail('KEY'). */
  envCall(node) {
    if (node.kind !== "call") return null;
    const what = child(node, "what");
    if (what === null) return null;
    let isEnv = false;
    if (what.kind === "name") {
      const name = (str(what, "name") ?? "").toLowerCase();
      isEnv = name === "env" || name === "\\env";
    } else if (what.kind === "staticlookup") {
      const cls = child(what, "what");
      const method = child(what, "offset");
      const methodName = method && method.kind === "identifier" ? (str(method, "name") ?? "").toLowerCase() : "";
      const className = cls ? this.className(cls) : null;
      isEnv = className !== null && ENV_CLASSES.has(className.toLowerCase()) && (methodName === "get" || methodName === "getorfail");
    }
    if (!isEnv) return null;
    const args = children(node, "arguments");
    const first = args[0];
    const key = first && first.kind === "string" ? str(first, "value") : null;
    return { key, fallback: args[1] ?? null };
  }
  convert(node, depth) {
    if (depth > 200) throw new RangeError("config array nested too deeply");
    const site = this.site(node);
    switch (node.kind) {
      case "string":
        return { kind: "literal", value: str(node, "value") ?? "", site };
      case "number": {
        const n = Number((str(node, "value") ?? "").replace(/_/g, ""));
        return Number.isFinite(n) ? { kind: "literal", value: n, site } : { kind: "unknown", site };
      }
      case "boolean":
        return { kind: "literal", value: node.value === true, site };
      case "nullkeyword":
        return { kind: "literal", value: null, site };
      case "name": {
        const name = (str(node, "name") ?? "").replace(/^\\/, "").toLowerCase();
        if (name === "true" || name === "false") return { kind: "literal", value: name === "true", site };
        if (name === "null") return { kind: "literal", value: null, site };
        return { kind: "unknown", site };
      }
      case "unary": {
        const what = child(node, "what");
        const inner = what ? this.convert(what, depth + 1) : null;
        if (inner?.kind === "literal" && typeof inner.value === "number") {
          if (node.type === "-") return { kind: "literal", value: -inner.value, site };
          if (node.type === "+") return { kind: "literal", value: inner.value, site };
        }
        return { kind: "unknown", site };
      }
      case "array":
        return this.array(node, depth, site);
      case "cast": {
        const expr = child(node, "expr");
        const to = str(node, "type");
        if (expr === null) return { kind: "unknown", site };
        if (to === "string" || to === "int" || to === "bool" || to === "float")
          return { kind: "cast", to, expr: this.convert(expr, depth + 1), site };
        return { kind: "unknown", site };
      }
      case "bin": {
        const left = child(node, "left");
        const right = child(node, "right");
        if (left === null || right === null) return { kind: "unknown", site };
        if (node.type === ".") {
          const parts = [];
          for (const side of [left, right]) {
            const c = this.convert(side, depth + 1);
            if (c.kind === "concat") parts.push(...c.parts);
            else parts.push(c);
          }
          return { kind: "concat", parts, site };
        }
        if (node.type === "??")
          return {
            kind: "coalesce",
            left: this.convert(left, depth + 1),
            right: this.convert(right, depth + 1),
            site
          };
        return { kind: "unknown", site };
      }
      case "retif": {
        const test = child(node, "test");
        const trueExpr = child(node, "trueExpr");
        const falseExpr = child(node, "falseExpr");
        if (test === null || falseExpr === null) return { kind: "unknown", site };
        return {
          kind: "ternary",
          test: this.convert(test, depth + 1),
          then: trueExpr ? this.convert(trueExpr, depth + 1) : null,
          else: this.convert(falseExpr, depth + 1),
          site
        };
      }
      case "staticlookup": {
        const offset = child(node, "offset");
        const cls = child(node, "what");
        if (offset?.kind === "identifier" && (str(offset, "name") ?? "").toLowerCase() === "class" && cls) {
          const name = this.className(cls);
          if (name !== null) return { kind: "class", name, site };
        }
        return { kind: "unknown", site };
      }
      case "call":
        return this.call(node, depth, site);
      case "parenthesis": {
        const inner = child(node, "inner");
        return inner ? this.convert(inner, depth + 1) : { kind: "unknown", site };
      }
      default:
        return { kind: "unknown", site };
    }
  }
  call(node, depth, site) {
    const env2 = this.envCall(node);
    if (env2 !== null) {
      if (env2.key === null) return { kind: "unknown", site };
      return {
        kind: "env",
        key: env2.key,
        fallback: env2.fallback ? this.convert(env2.fallback, depth + 1) : null,
        site
      };
    }
    const what = child(node, "what");
    if (what?.kind !== "name") return { kind: "unknown", site };
    const name = (str(what, "name") ?? "").replace(/^\\/, "").toLowerCase();
    const args = children(node, "arguments");
    if (args.some((a) => a.kind === "namedargument" || a.kind === "variadic"))
      return { kind: "unknown", site };
    if (PATH_HELPERS.has(name)) {
      if (args.length > 1) return { kind: "unknown", site };
      return {
        kind: "path",
        helper: name,
        arg: args[0] ? this.convert(args[0], depth + 1) : null,
        site
      };
    }
    if (FUNCTIONS.has(name)) {
      return {
        kind: "call",
        fn: name,
        args: args.map((a) => this.convert(a, depth + 1)),
        site
      };
    }
    return { kind: "unknown", site };
  }
  array(node, depth, site) {
    const entries = [];
    let open = false;
    let nextIndex = 0;
    const put = (key, value, keySite) => {
      const normalised = typeof key === "string" && /^(0|-?[1-9][0-9]*)$/.test(key) ? Number(key) : key;
      const existing = entries.findIndex((e) => e.key === normalised);
      if (existing >= 0) entries[existing] = { key: normalised, value, keySite };
      else entries.push({ key: normalised, value, keySite });
      if (typeof normalised === "number" && normalised >= nextIndex) nextIndex = normalised + 1;
    };
    for (const item of children(node, "items")) {
      const isEntry = item.kind === "entry";
      const valueNode = isEntry ? child(item, "value") : item;
      if (valueNode === null) continue;
      const keySite = this.site(item);
      if (isEntry && item.unpack === true) {
        const inner = this.convert(valueNode, depth + 1);
        if (inner.kind === "array") {
          for (const e of inner.entries)
            put(typeof e.key === "number" ? nextIndex : e.key, e.value, e.keySite);
          open = open || inner.open;
        } else {
          open = true;
        }
        continue;
      }
      const value = this.convert(valueNode, depth + 1);
      const keyNode = isEntry ? child(item, "key") : null;
      if (keyNode === null) {
        put(nextIndex, value, keySite);
        continue;
      }
      const key = this.convert(keyNode, depth + 1);
      if (key.kind === "literal" && (typeof key.value === "string" || typeof key.value === "number")) {
        put(typeof key.value === "number" ? Math.trunc(key.value) : key.value, value, keySite);
      } else if (key.kind === "class") {
        put(key.name, value, keySite);
      } else {
        open = true;
      }
    }
    return { kind: "array", entries, open, site };
  }
  /** The expression the file returns, following `$config = [...]; return $config;`. */
  returned(program) {
    const assigned = /* @__PURE__ */ new Map();
    const statements = children(program, "children").flatMap(
      (s) => s.kind === "namespace" ? children(s, "children") : [s]
    );
    for (const statement of statements) {
      if (statement.kind === "expressionstatement") {
        const expr = child(statement, "expression");
        if (expr?.kind === "assign" && expr.operator === "=") {
          const left = child(expr, "left");
          const right = child(expr, "right");
          const name = left?.kind === "variable" ? str(left, "name") : null;
          if (name !== null && right !== null) assigned.set(name, right);
        }
      }
      if (statement.kind === "return") {
        const expr = child(statement, "expr");
        if (expr?.kind === "variable") {
          const name = str(expr, "name");
          return name !== null ? assigned.get(name) ?? expr : expr;
        }
        return expr;
      }
    }
    return null;
  }
  /** Every env key read anywhere in the file, also in branches we do not evaluate. */
  collectEnvReads(root, into) {
    const stack = [root];
    let visited = 0;
    while (stack.length > 0 && visited < 5e5) {
      const v = stack.pop();
      visited++;
      if (Array.isArray(v)) {
        for (const x of v) stack.push(x);
        continue;
      }
      if (!isNode2(v)) continue;
      if (v.kind === "call") {
        const env2 = this.envCall(v);
        if (env2?.key) into.add(env2.key);
        const what = child(v, "what");
        if (what?.kind === "name" && /^\\?getenv$/i.test(str(what, "name") ?? "")) {
          const first = children(v, "arguments")[0];
          const key = first?.kind === "string" ? str(first, "value") : null;
          if (key) into.add(key);
        }
      }
      for (const [field, value] of Object.entries(v)) {
        if (field === "loc" || field === "leadingComments" || field === "trailingComments") continue;
        if (typeof value === "object" && value !== null) stack.push(value);
      }
    }
  }
};
function parseConfigFile(text, path5) {
  const envReads = /* @__PURE__ */ new Set();
  const problems = [];
  let program;
  try {
    program = newEngine2().parseCode(text, path5);
  } catch (error) {
    const message = error instanceof RangeError ? "nested too deeply to parse" : String(error);
    return { root: null, envReads, problems: [`${path5} could not be parsed: ${message}`] };
  }
  for (const e of children(program, "errors")) {
    const message = str(e, "message");
    if (message) problems.push(`${path5}: ${message}`);
  }
  const converter = new Converter(text, path5);
  converter.addUses(program);
  for (const s of children(program, "children")) if (s.kind === "namespace") converter.addUses(s);
  converter.collectEnvReads(program, envReads);
  const returned = converter.returned(program);
  if (returned === null) {
    problems.push(`${path5} does not return an array`);
    return { root: null, envReads, problems };
  }
  try {
    return { root: converter.convert(returned, 0), envReads, problems };
  } catch (error) {
    problems.push(`${path5}: ${error instanceof Error ? error.message : String(error)}`);
    return { root: { kind: "unknown", site: converter.site(returned) }, envReads, problems };
  }
}
function entryOf(node, key) {
  if (node.kind !== "array") return void 0;
  return node.entries.find((e) => e.key === key);
}

// src/laravel/env-files.ts
var DEFAULT_ENV_FILES = [".env.production", ".env.prod", ".env", ".env.example"];
function isExampleFile(path5) {
  return /(^|\.)example$/i.test(path5.slice(path5.lastIndexOf("/") + 1));
}
function entryAnchor(file, entry) {
  return {
    path: file,
    line: entry.line,
    column: entry.column,
    endLine: entry.valueEndLine,
    endColumn: Math.max(entry.valueEndColumn, entry.endColumn)
  };
}
var EnvFiles = class {
  /** Existing files, relative to the scan root, in precedence order. */
  files;
  parsed = /* @__PURE__ */ new Map();
  constructor(ws, paths) {
    this.files = [];
    for (const path5 of paths) {
      if (this.parsed.has(path5)) continue;
      const text = ws.read(path5);
      if (text === null) continue;
      const result = parseEnv(text);
      this.parsed.set(path5, { entries: result.entries, last: effectiveEntries(result) });
      this.files.push(path5);
    }
  }
  lookup(key) {
    for (const file of this.files) {
      const entry = this.parsed.get(file)?.last.get(key);
      if (entry) return { file, entry, example: isExampleFile(file) };
    }
    return null;
  }
  assignments() {
    const out = [];
    for (const file of this.files) {
      const entries = this.parsed.get(file)?.entries ?? [];
      const used = new Set(entries.flatMap((e) => e.uses.map((u) => `${u.key}:${u.line}`)));
      for (const entry of entries) {
        const { path: _path, ...span } = entryAnchor(file, entry);
        const referenced = used.has(`${entry.key}:${entry.line}`);
        out.push({ key: entry.key, value: entry.value, file, span, ...referenced ? { referenced } : {} });
      }
    }
    return out;
  }
};

// src/laravel/config-path.ts
import { posix } from "node:path";
var BASE = "\0base";
var LARAVEL_APPLICATION = "illuminate\\foundation\\application";
var CUSTOM_APPLICATION = /\bnew\s+(?!\\?Illuminate\\Foundation\\Application\b)\\?[A-Za-z_][\w\\]*\s*\(/;
function customConfigDir(ws, root) {
  const bootstrap = "bootstrap/app.php";
  const text = ws.read(joinPath(root, bootstrap));
  if (text === null || !(text.includes("useConfigPath") || CUSTOM_APPLICATION.test(text))) return null;
  const program = parseCodeSafe(text, bootstrap, false).program;
  const uses = importsOf(program);
  const scope = { dir: "bootstrap", vars: {}, apps: applicationVariables(program, uses) };
  let found = null;
  walk(program, (node) => {
    if (found !== null) return "skip";
    if (isKind(node, "call") && isMemberCall(node.what, "useconfigpath")) {
      const dir = relativeDir(evaluate(node.arguments[0], scope));
      if (dir !== null) found = { dir, path: bootstrap, line: node.loc?.start.line ?? 1 };
      return;
    }
    if (isKind(node, "new") && isKind(node.what, "name")) {
      const fqn = resolveClass(node.what.name, node.what.resolution, uses);
      if (fqn === null || fqn.toLowerCase() === LARAVEL_APPLICATION) return;
      const overridden = configPathOverride(ws, root, fqn);
      if (overridden !== null) found = overridden;
    }
  });
  const result = found;
  return result === null || result.dir === "config" ? null : result;
}
function isMemberCall(what, method) {
  if (!isKind(what, "propertylookup") && !isKind(what, "nullsafepropertylookup")) return false;
  const offset = what.offset;
  return isKind(offset, "identifier") && offset.name.toLowerCase() === method;
}
function applicationVariables(program, uses) {
  const isApplicationClass = (name) => {
    if (!isKind(name, "name")) return false;
    const fqn = resolveClass(name.name, name.resolution, uses);
    return fqn !== null && (fqn.toLowerCase() === LARAVEL_APPLICATION || /(?:^|\\)application$/i.test(fqn));
  };
  const createsApplication = (value) => {
    if (isKind(value, "new")) return isApplicationClass(value.what);
    if (!isKind(value, "call") || !isMemberCall(value.what, "create")) return false;
    let call2 = value.what.what;
    while (isKind(call2, "call") && (isKind(call2.what, "propertylookup") || isKind(call2.what, "nullsafepropertylookup")))
      call2 = call2.what.what;
    if (!isKind(call2, "call") || !isKind(call2.what, "staticlookup")) return false;
    const offset = call2.what.offset;
    return isKind(offset, "identifier") && offset.name.toLowerCase() === "configure" && isApplicationClass(call2.what.what);
  };
  const out = /* @__PURE__ */ new Set();
  walk(program, (node) => {
    if (isKind(node, "assign") && node.operator === "=" && isKind(node.left, "variable")) {
      if (typeof node.left.name === "string" && createsApplication(node.right)) out.add(node.left.name);
    }
  });
  return out;
}
function importsOf(program) {
  const out = /* @__PURE__ */ new Map();
  walk(program, (node) => {
    if (!isKind(node, "useitem")) return;
    const name = node.name.replace(/^\\/, "");
    const alias = node.alias?.name ?? name.slice(name.lastIndexOf("\\") + 1);
    out.set(alias.toLowerCase(), name);
  });
  return out;
}
function resolveClass(name, resolution, uses) {
  if (resolution === "fqn") return name.replace(/^\\/, "");
  const [first, ...rest] = name.split("\\");
  const imported = uses.get(first.toLowerCase());
  if (imported !== void 0) return [imported, ...rest].join("\\");
  return name;
}
function classFile(ws, root, fqn) {
  let composer;
  try {
    composer = JSON.parse(ws.read(joinPath(root, "composer.json")) ?? "null");
  } catch {
    return null;
  }
  const psr4 = composer?.autoload?.["psr-4"];
  if (typeof psr4 !== "object" || psr4 === null) return null;
  for (const [prefix, dirs] of Object.entries(psr4)) {
    if (prefix === "" || !fqn.startsWith(prefix)) continue;
    const rest = `${fqn.slice(prefix.length).replace(/\\/g, "/")}.php`;
    for (const dir of Array.isArray(dirs) ? dirs : [dirs]) {
      if (typeof dir !== "string") continue;
      const file = posix.normalize(posix.join(dir, rest));
      if (ws.isFile(joinPath(root, file))) return file;
    }
  }
  return null;
}
function configPathOverride(ws, root, fqn) {
  const file = classFile(ws, root, fqn);
  if (file === null) return null;
  const text = ws.read(joinPath(root, file));
  if (text === null) return null;
  const program = parseCodeSafe(text, file, false).program;
  let found = null;
  walk(program, (node) => {
    if (found !== null || !isKind(node, "method")) return;
    const name = typeof node.name === "string" ? node.name : node.name?.name;
    if (name?.toLowerCase() !== "configpath") return;
    const param = node.arguments[0]?.name?.name;
    const vars = param ? { [param]: "" } : {};
    for (const statement of node.body?.children ?? []) {
      if (!isKind(statement, "return")) continue;
      const dir = relativeDir(evaluate(statement.expr, { dir: posix.dirname(file), vars }));
      if (dir !== null) found = { dir, path: file, line: statement.loc?.start.line ?? 1 };
      break;
    }
    return "skip";
  });
  return found;
}
function evaluate(node, scope) {
  if (!isNode(node)) return null;
  if (isKind(node, "string")) return node.value;
  const other = node;
  if (node.kind === "magic" && String(other.raw).toUpperCase() === "__DIR__")
    return posix.join(BASE, scope.dir);
  if (isKind(node, "name") && /^\\?DIRECTORY_SEPARATOR$/i.test(node.name)) return "/";
  if (isKind(node, "variable") && typeof node.name === "string") return scope.vars[node.name] ?? null;
  if (isKind(node, "bin") && node.type === ".") {
    const left = evaluate(node.left, scope);
    const right = evaluate(node.right, scope);
    return left === null || right === null ? null : left + right;
  }
  if (node.kind === "retif") {
    const test = evaluate(other.test, scope);
    if (test === null) return null;
    if (test !== "" && test !== "0") return other.trueExpr === null ? test : evaluate(other.trueExpr, scope);
    return evaluate(other.falseExpr, scope);
  }
  if (isKind(node, "propertylookup") && isKind(node.what, "variable") && node.what.name === "this") {
    const offset = node.offset;
    if (isKind(offset, "identifier") && offset.name === "basePath") return BASE;
    return null;
  }
  if (isKind(node, "call")) {
    const args = node.arguments.map((a) => evaluate(a, scope));
    const what = node.what;
    const fn = isKind(what, "name") ? what.name.replace(/^\\/, "").toLowerCase() : null;
    const onApplication = isKind(what, "propertylookup") && isKind(what.what, "variable") && typeof what.what.name === "string" && (what.what.name === "this" || (scope.apps?.has(what.what.name) ?? false));
    const method = onApplication ? what.offset : null;
    const basePathCall = fn === "base_path" || isKind(method, "identifier") && method.name === "basePath";
    if (basePathCall) {
      if (args.length === 0) return BASE;
      return args[0] === null ? null : posix.join(BASE, args[0]);
    }
    if (fn === "dirname" && args.length === 1 && args[0] !== null) return posix.dirname(args[0]);
    if (fn === "realpath" && args.length === 1 && args[0] !== null) return args[0];
  }
  return null;
}
function relativeDir(value) {
  if (value === null || !value.startsWith(BASE)) return null;
  const rel = posix.normalize(`.${value.slice(BASE.length)}`).replace(/\/+$/, "");
  if (rel === "." || rel === "" || rel.startsWith("..")) return null;
  return rel;
}

// src/laravel/framework-defaults.ts
var env = (key, fallback) => fallback === void 0 ? { $env: key } : { $env: key, default: fallback };
var storage = (arg) => ({ $path: "storage_path", arg });
function app() {
  return {
    name: env("APP_NAME", "Laravel"),
    env: env("APP_ENV", "production"),
    debug: { $cast: "bool", of: env("APP_DEBUG", false) },
    url: env("APP_URL", "http://localhost"),
    timezone: "UTC",
    locale: env("APP_LOCALE", "en"),
    fallback_locale: env("APP_FALLBACK_LOCALE", "en"),
    faker_locale: env("APP_FAKER_LOCALE", "en_US"),
    cipher: "AES-256-CBC",
    key: env("APP_KEY"),
    maintenance: {
      driver: env("APP_MAINTENANCE_DRIVER", "file"),
      store: env("APP_MAINTENANCE_STORE", "database")
    }
  };
}
function session() {
  return {
    driver: env("SESSION_DRIVER", "database"),
    lifetime: { $cast: "int", of: env("SESSION_LIFETIME", 120) },
    expire_on_close: env("SESSION_EXPIRE_ON_CLOSE", false),
    encrypt: env("SESSION_ENCRYPT", false),
    files: storage("framework/sessions"),
    connection: env("SESSION_CONNECTION"),
    table: env("SESSION_TABLE", "sessions"),
    store: env("SESSION_STORE"),
    lottery: [2, 100],
    path: env("SESSION_PATH", "/"),
    domain: env("SESSION_DOMAIN"),
    secure: env("SESSION_SECURE_COOKIE"),
    http_only: env("SESSION_HTTP_ONLY", true),
    same_site: env("SESSION_SAME_SITE", "lax"),
    partitioned: env("SESSION_PARTITIONED_COOKIE", false)
  };
}
function cache2(major) {
  const stores = {
    array: { driver: "array", serialize: false },
    database: {
      driver: "database",
      connection: env("DB_CACHE_CONNECTION"),
      table: env("DB_CACHE_TABLE", "cache"),
      lock_connection: env("DB_CACHE_LOCK_CONNECTION"),
      lock_table: env("DB_CACHE_LOCK_TABLE")
    },
    file: {
      driver: "file",
      path: storage("framework/cache/data"),
      lock_path: storage("framework/cache/data")
    },
    memcached: {
      driver: "memcached",
      persistent_id: env("MEMCACHED_PERSISTENT_ID"),
      sasl: [env("MEMCACHED_USERNAME"), env("MEMCACHED_PASSWORD")],
      options: [],
      servers: [{ host: env("MEMCACHED_HOST", "127.0.0.1"), port: env("MEMCACHED_PORT", 11211), weight: 100 }]
    },
    redis: {
      driver: "redis",
      connection: env("REDIS_CACHE_CONNECTION", "cache"),
      lock_connection: env("REDIS_CACHE_LOCK_CONNECTION", "default")
    },
    dynamodb: {
      driver: "dynamodb",
      key: env("AWS_ACCESS_KEY_ID"),
      secret: env("AWS_SECRET_ACCESS_KEY"),
      region: env("AWS_DEFAULT_REGION", "us-east-1"),
      table: env("DYNAMODB_CACHE_TABLE", "cache"),
      endpoint: env("DYNAMODB_ENDPOINT")
    },
    octane: { driver: "octane" }
  };
  if (major >= 12) {
    stores.session = { driver: "session", key: env("SESSION_CACHE_KEY", "_cache") };
    stores.failover = { driver: "failover", stores: ["database", "array"] };
  }
  if (major >= 13)
    stores.storage = {
      driver: "storage",
      disk: env("CACHE_STORAGE_DISK"),
      path: env("CACHE_STORAGE_PATH", "framework/cache/data")
    };
  return { default: env("CACHE_STORE", "database"), stores };
}
function filesystems(major) {
  const appUrl = major >= 12 ? { $fn: "rtrim", args: [env("APP_URL", "http://localhost"), "/"] } : env("APP_URL", "http://localhost");
  return {
    default: env("FILESYSTEM_DISK", "local"),
    disks: {
      // 11.x kept the local disk at storage/app; 12.x moved it to storage/app/private.
      local: major >= 12 ? { driver: "local", root: storage("app/private"), serve: true, throw: false, report: false } : { driver: "local", root: storage("app"), throw: false, report: false },
      public: {
        driver: "local",
        root: storage("app/public"),
        url: { $concat: [appUrl, "/storage"] },
        visibility: "public",
        throw: false,
        report: false
      },
      s3: {
        driver: "s3",
        key: env("AWS_ACCESS_KEY_ID"),
        secret: env("AWS_SECRET_ACCESS_KEY"),
        region: env("AWS_DEFAULT_REGION"),
        bucket: env("AWS_BUCKET"),
        url: env("AWS_URL"),
        endpoint: env("AWS_ENDPOINT"),
        use_path_style_endpoint: env("AWS_USE_PATH_STYLE_ENDPOINT", false),
        throw: false,
        report: false
      }
    }
  };
}
function logging(major) {
  const level = env("LOG_LEVEL", "debug");
  const stderr = {
    driver: "monolog",
    level,
    handler: { $class: "Monolog\\Handler\\StreamHandler" },
    formatter: env("LOG_STDERR_FORMATTER"),
    processors: [{ $class: "Monolog\\Processor\\PsrLogMessageProcessor" }]
  };
  stderr[major >= 12 ? "handler_with" : "with"] = { stream: "php://stderr" };
  return {
    default: env("LOG_CHANNEL", "stack"),
    deprecations: {
      channel: env("LOG_DEPRECATIONS_CHANNEL", "null"),
      trace: env("LOG_DEPRECATIONS_TRACE", false)
    },
    channels: {
      stack: {
        driver: "stack",
        channels: { $fn: "explode", args: [",", { $cast: "string", of: env("LOG_STACK", "single") }] },
        ignore_exceptions: false
      },
      single: { driver: "single", path: storage("logs/laravel.log"), level, replace_placeholders: true },
      daily: {
        driver: "daily",
        path: storage("logs/laravel.log"),
        level,
        days: env("LOG_DAILY_DAYS", 14),
        replace_placeholders: true
      },
      // 13.23 added the monthly channel (the monthly driver itself came with 13.0).
      ...major >= 13 ? {
        monthly: {
          driver: "monthly",
          path: storage("logs/laravel.log"),
          level,
          max_files: 3,
          replace_placeholders: true
        }
      } : {},
      slack: {
        driver: "slack",
        url: env("LOG_SLACK_WEBHOOK_URL"),
        username: env("LOG_SLACK_USERNAME", "Laravel Log"),
        emoji: env("LOG_SLACK_EMOJI", ":boom:"),
        level: env("LOG_LEVEL", "critical"),
        replace_placeholders: true
      },
      papertrail: {
        driver: "monolog",
        level,
        handler: env("LOG_PAPERTRAIL_HANDLER", { $class: "Monolog\\Handler\\SyslogUdpHandler" }),
        handler_with: {
          host: env("PAPERTRAIL_URL"),
          port: env("PAPERTRAIL_PORT"),
          connectionString: { $concat: ["tls://", env("PAPERTRAIL_URL"), ":", env("PAPERTRAIL_PORT")] }
        },
        processors: [{ $class: "Monolog\\Processor\\PsrLogMessageProcessor" }]
      },
      stderr,
      syslog: { driver: "syslog", level, replace_placeholders: true },
      errorlog: { driver: "errorlog", level, replace_placeholders: true },
      null: { driver: "monolog", handler: { $class: "Monolog\\Handler\\NullHandler" } },
      emergency: { path: storage("logs/laravel.log") }
    }
  };
}
function queue(major) {
  const connections = {
    sync: { driver: "sync" },
    database: {
      driver: "database",
      connection: env("DB_QUEUE_CONNECTION"),
      table: env("DB_QUEUE_TABLE", "jobs"),
      queue: env("DB_QUEUE", "default"),
      retry_after: { $cast: "int", of: env("DB_QUEUE_RETRY_AFTER", 90) },
      after_commit: false
    },
    beanstalkd: {
      driver: "beanstalkd",
      host: env("BEANSTALKD_QUEUE_HOST", "localhost"),
      queue: env("BEANSTALKD_QUEUE", "default"),
      retry_after: { $cast: "int", of: env("BEANSTALKD_QUEUE_RETRY_AFTER", 90) },
      block_for: 0,
      after_commit: false
    },
    sqs: {
      driver: "sqs",
      key: env("AWS_ACCESS_KEY_ID"),
      secret: env("AWS_SECRET_ACCESS_KEY"),
      prefix: env("SQS_PREFIX", "https://sqs.us-east-1.amazonaws.com/your-account-id"),
      queue: env("SQS_QUEUE", "default"),
      suffix: env("SQS_SUFFIX"),
      region: env("AWS_DEFAULT_REGION", "us-east-1"),
      after_commit: false
    },
    redis: {
      driver: "redis",
      connection: env("REDIS_QUEUE_CONNECTION", "default"),
      queue: env("REDIS_QUEUE", "default"),
      retry_after: { $cast: "int", of: env("REDIS_QUEUE_RETRY_AFTER", 90) },
      block_for: null,
      after_commit: false
    }
  };
  if (major >= 12) {
    connections.deferred = { driver: "deferred" };
    connections.failover = { driver: "failover", connections: ["database", "deferred"] };
  }
  return {
    default: env("QUEUE_CONNECTION", "database"),
    connections,
    batching: { database: env("DB_CONNECTION", "sqlite"), table: "job_batches" },
    failed: {
      driver: env("QUEUE_FAILED_DRIVER", "database-uuids"),
      database: env("DB_CONNECTION", "sqlite"),
      table: "failed_jobs"
    }
  };
}
function database() {
  const server = (driver, host, port) => ({
    driver,
    url: env("DB_URL"),
    host: env("DB_HOST", host),
    port: env("DB_PORT", port),
    database: env("DB_DATABASE", "laravel"),
    username: env("DB_USERNAME", "root"),
    password: env("DB_PASSWORD", ""),
    prefix: "",
    prefix_indexes: true
  });
  return {
    default: env("DB_CONNECTION", "sqlite"),
    connections: {
      sqlite: {
        driver: "sqlite",
        url: env("DB_URL"),
        database: env("DB_DATABASE", { $path: "database_path", arg: "database.sqlite" }),
        prefix: "",
        foreign_key_constraints: env("DB_FOREIGN_KEYS", true)
      },
      mysql: server("mysql", "127.0.0.1", "3306"),
      mariadb: server("mariadb", "127.0.0.1", "3306"),
      pgsql: server("pgsql", "127.0.0.1", "5432"),
      sqlsrv: server("sqlsrv", "localhost", "1433")
    },
    migrations: { table: "migrations", update_date_on_publish: true }
  };
}
function broadcasting() {
  return {
    default: env("BROADCAST_CONNECTION", "null"),
    connections: {
      reverb: {
        driver: "reverb",
        key: env("REVERB_APP_KEY"),
        secret: env("REVERB_APP_SECRET"),
        app_id: env("REVERB_APP_ID")
      },
      pusher: {
        driver: "pusher",
        key: env("PUSHER_APP_KEY"),
        secret: env("PUSHER_APP_SECRET"),
        app_id: env("PUSHER_APP_ID")
      },
      ably: { driver: "ably", key: env("ABLY_KEY") },
      log: { driver: "log" },
      null: { driver: "null" }
    }
  };
}
var MERGEABLE_OPTIONS = {
  auth: ["guards", "passwords", "providers"],
  broadcasting: ["connections"],
  cache: ["stores"],
  database: ["connections"],
  filesystems: ["disks"],
  logging: ["channels"],
  mail: ["mailers"],
  queue: ["connections"]
};
function frameworkDefaults(major) {
  if (major < 11) return {};
  return {
    app: app(),
    session: session(),
    cache: cache2(major),
    filesystems: filesystems(major),
    logging: logging(major),
    queue: queue(major),
    database: database(),
    broadcasting: broadcasting()
  };
}
function isAssoc(def) {
  return typeof def === "object" && def !== null && !Array.isArray(def);
}
function quote(s) {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
function renderDef(def) {
  if (def === null) return "null";
  if (typeof def === "string") return quote(def);
  if (typeof def === "number" || typeof def === "boolean") return String(def);
  if (Array.isArray(def)) return `[${def.map(renderDef).join(", ")}]`;
  if ("$env" in def && typeof def.$env === "string") {
    const d = def.default;
    return d === void 0 ? `env(${quote(def.$env)})` : `env(${quote(def.$env)}, ${renderDef(d)})`;
  }
  if ("$path" in def && typeof def.$path === "string") {
    const arg = def.arg;
    return `${def.$path}(${arg === void 0 ? "" : quote(arg)})`;
  }
  if ("$fn" in def && typeof def.$fn === "string")
    return `${def.$fn}(${def.args.map(renderDef).join(", ")})`;
  if ("$concat" in def && Array.isArray(def.$concat)) return def.$concat.map(renderDef).join(".");
  if ("$cast" in def && typeof def.$cast === "string") return `(${def.$cast}) ${renderDef(def.of)}`;
  if ("$class" in def && typeof def.$class === "string") return `\\${def.$class}::class`;
  return `[${Object.entries(def).map(([k, v]) => `${quote(k)} => ${renderDef(v)}`).join(", ")}]`;
}
function defToNode(def) {
  const site = { origin: null, text: renderDef(def) };
  if (def === null || typeof def !== "object") return { kind: "literal", value: def, site };
  if (Array.isArray(def)) {
    const entries2 = def.map((d, i) => ({ key: i, value: defToNode(d), keySite: site }));
    return { kind: "array", entries: entries2, open: false, site };
  }
  if ("$env" in def && typeof def.$env === "string") {
    const d = def.default;
    return { kind: "env", key: def.$env, fallback: d === void 0 ? null : defToNode(d), site };
  }
  if ("$path" in def && typeof def.$path === "string") {
    const arg = def.arg;
    return {
      kind: "path",
      helper: def.$path,
      arg: arg === void 0 ? null : defToNode(arg),
      site
    };
  }
  if ("$fn" in def && typeof def.$fn === "string")
    return { kind: "call", fn: def.$fn, args: def.args.map(defToNode), site };
  if ("$concat" in def && Array.isArray(def.$concat))
    return { kind: "concat", parts: def.$concat.map(defToNode), site };
  if ("$cast" in def && typeof def.$cast === "string")
    return { kind: "cast", to: def.$cast, expr: defToNode(def.of), site };
  if ("$class" in def && typeof def.$class === "string") return { kind: "class", name: def.$class, site };
  if (!isAssoc(def)) return { kind: "unknown", site };
  const entries = Object.entries(def).map(([key, value]) => ({
    key,
    value: defToNode(value),
    keySite: site
  }));
  return { kind: "array", entries, open: false, site };
}

// src/laravel/project.ts
var PATH_PREFIX = {
  storage_path: "storage",
  database_path: "database",
  base_path: "",
  public_path: "public",
  app_path: "app",
  resource_path: "resources",
  config_path: "config",
  lang_path: "lang"
};
function dotted(path5) {
  return path5.join(".");
}
function phpString(v) {
  if (v === null || v === false) return "";
  if (v === true) return "1";
  if (Array.isArray(v)) return "Array";
  return String(v);
}
function truthy(v) {
  if (Array.isArray(v)) return v.length > 0;
  return !(v === null || v === false || v === 0 || v === "" || v === "0");
}
function display(v) {
  if (v === null) return null;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return v.map((x) => phpString(x)).join(",");
  return String(v);
}
function normalisePath(prefix, arg) {
  const joined = [prefix, arg.replace(/^\/+/, "")].filter((p) => p !== "").join("/");
  const cleaned = joined.replace(/\/{2,}/g, "/").replace(/\/$/, "");
  return cleaned === "" ? "." : cleaned;
}
function trimChars(s, chars, side) {
  let start = 0;
  let end = s.length;
  if (side !== "right") while (start < end && chars.includes(s[start])) start++;
  if (side !== "left") while (end > start && chars.includes(s[end - 1])) end--;
  return s.slice(start, end);
}
function withoutPlace(step) {
  const place = `${step.path}:${step.line}`;
  const note = step.note.startsWith(`${place}: `) ? step.note.slice(place.length + 2) : step.note.startsWith(`${place} `) ? step.note.slice(place.length + 1) : step.note;
  return note === step.note ? step : { ...step, note };
}
function pushSteps(into, steps) {
  for (const raw of steps) {
    const step = withoutPlace(raw);
    const last = into[into.length - 1];
    if (last && last.path === step.path && last.line === step.line) {
      if (!last.note.includes(step.note))
        into[into.length - 1] = { ...last, note: `${last.note}; ${step.note}` };
    } else {
      into.push(step);
    }
  }
}
function referenceSteps(file, entry) {
  return entry.uses.map((use) => ({
    path: file,
    line: use.line,
    note: `sets ${use.key}, which ${entry.key} takes through \${${use.key}}`
  }));
}
function chain(...parts) {
  const out = [];
  for (const p of parts) pushSteps(out, p);
  return out;
}
function arrayMerge(a, b) {
  if (a.kind !== "array" || b.kind !== "array") return b;
  const entries = [];
  let next = 0;
  for (const source of [a, b]) {
    for (const e of source.entries) {
      if (typeof e.key === "number") {
        entries.push({ ...e, key: next++ });
        continue;
      }
      const i = entries.findIndex((x) => x.key === e.key);
      if (i >= 0) entries[i] = e;
      else entries.push(e);
    }
  }
  return { kind: "array", entries, open: a.open || b.open, site: b.site };
}
var URL_DRIVER_ALIASES = {
  mssql: "sqlsrv",
  mysql2: "mysql",
  postgres: "pgsql",
  postgresql: "pgsql",
  sqlite3: "sqlite"
};
function parseDatabaseUrl(raw) {
  const url = raw.replace(/^(sqlite3?):\/\/\//, "$1://null/");
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?/.exec(url);
  if (m === null) return { driver: null, database: null };
  const decode = (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const scheme = decode(m[1]);
  const path5 = decode(m[3]);
  const query = new URLSearchParams(m[4] ?? "");
  return {
    driver: query.get("driver") ?? URL_DRIVER_ALIASES[scheme] ?? scheme,
    database: query.get("database") ?? (path5 !== "" && path5 !== "/" ? path5.slice(1) : null)
  };
}
var LoadedProject = class {
  root;
  frameworkMajor;
  versionSource;
  configDirs;
  envFiles;
  workspace;
  /** The composer line that states the framework version: the anchor of framework defaults. */
  versionAnchor;
  env;
  version;
  tree = null;
  /** Top-level config name → the app file that defines it (the primary config dir wins). */
  appFiles = /* @__PURE__ */ new Map();
  parsedFiles = [];
  envReadCache = null;
  memo = /* @__PURE__ */ new Map();
  constructor(ws, root, options) {
    this.workspace = ws;
    this.root = root;
    this.version = detectVersion(ws, root);
    this.frameworkMajor = this.version.major;
    this.versionSource = this.version.source;
    this.versionAnchor = this.version.anchor;
    this.configDirs = this.resolveConfigDirs(options.configPaths ?? []);
    const envNames = options.envFiles && options.envFiles.length > 0 ? options.envFiles : DEFAULT_ENV_FILES;
    this.env = new EnvFiles(
      ws,
      envNames.map((f) => this.inApp(f)).filter((f) => f !== null)
    );
    this.envFiles = this.env.files;
  }
  // ---------------------------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------------------------
  resolveConfigDirs(extra) {
    const dirs = [joinPath(this.root, "config")];
    const custom = customConfigDir(this.workspace, this.root);
    if (custom !== null) dirs.unshift(joinPath(this.root, custom.dir));
    const globbed = extra.filter((p) => /[*?[\]{}]/.test(p));
    for (const p of extra) {
      if (globbed.includes(p)) continue;
      const dir = this.inApp(p);
      if (dir !== null && !dirs.includes(dir)) dirs.push(dir);
    }
    if (globbed.length > 0) {
      const match = (0, import_picomatch.default)(
        globbed.map((g) => g.replace(/^\.\//, "").replace(/\/+$/, "")),
        { dot: true }
      );
      const prefix = this.root === "" ? "" : `${this.root}/`;
      const candidates = /* @__PURE__ */ new Set();
      for (const file of this.workspace.list(this.root)) {
        const rel = file.slice(prefix.length);
        const parts = rel.split("/");
        for (let i = 1; i < parts.length; i++) candidates.add(parts.slice(0, i).join("/"));
      }
      for (const dir of [...candidates].sort()) {
        const full = joinPath(this.root, dir);
        if (match(dir) && !dirs.includes(full)) dirs.push(full);
      }
    }
    return dirs;
  }
  /** A path relative to the app root, normalised; null when it leaves the scan root. */
  inApp(rel) {
    if (posix2.isAbsolute(rel.trim())) return null;
    const normal = posix2.normalize(joinPath(this.root, rel.trim())).replace(/\/+$/, "");
    if (normal === "." || normal === "") return this.root === "" ? null : this.root;
    if (normal.startsWith("../") || normal === "..") return null;
    return normal;
  }
  dirSite(path5) {
    return { origin: { kind: "app", path: path5, line: 1, column: 1, endLine: 1, endColumn: 1 }, text: "" };
  }
  /** The merged config tree, built once: app files (primary dir wins), then framework defaults. */
  config() {
    if (this.tree !== null) return this.tree;
    let root = { kind: "array", entries: [], open: false, site: { origin: null, text: "" } };
    for (const dir of [...this.configDirs].reverse()) {
      const dirTree = { kind: "array", entries: [], open: false, site: this.dirSite(dir) };
      const prefix = `${dir}/`;
      for (const file of this.workspace.list(dir)) {
        if (!file.startsWith(prefix) || !/\.php$/i.test(file)) continue;
        const segments = file.slice(prefix.length, -4).split("/");
        const text = this.workspace.read(file);
        if (text === null) continue;
        configFileInProgress = file;
        const parsed2 = parseConfigFile(text, file);
        configFileInProgress = null;
        this.parsedFiles.push({ path: file, parsed: parsed2 });
        if (segments.length === 1) this.appFiles.set(segments[0], { path: file, parsed: parsed2 });
        const value = parsed2.root ?? {
          kind: "unknown",
          site: { ...this.dirSite(file), text: "no array returned" }
        };
        this.insert(dirTree, segments, value, file);
      }
      root = this.mergeTopLevel(root, dirTree);
    }
    const major = this.frameworkMajor;
    if (major !== null && major >= 11 && root.kind === "array") {
      const defaults = frameworkDefaults(major);
      for (const [name, def] of Object.entries(defaults)) {
        const fw = defToNode(def);
        const i = root.entries.findIndex((e) => e.key === name);
        if (i < 0) {
          root.entries.push({ key: name, value: fw, keySite: fw.site });
          continue;
        }
        const app2 = root.entries[i].value;
        let merged = arrayMerge(fw, app2);
        if (merged.kind === "array" && fw.kind === "array" && app2.kind === "array") {
          const entries = merged.entries.map((e) => {
            if (!(MERGEABLE_OPTIONS[name] ?? []).includes(String(e.key))) return e;
            const base = entryOf(fw, e.key);
            const own = entryOf(app2, e.key);
            if (!base || !own) return e;
            return { ...e, value: arrayMerge(base.value, own.value) };
          });
          merged = { ...merged, entries };
        }
        root.entries[i] = { ...root.entries[i], value: merged };
      }
    }
    this.tree = root;
    return root;
  }
  /** mergeConfigFrom(): a later dir's file is array_merged over an earlier one of the same name. */
  mergeTopLevel(lower, higher) {
    const merged = arrayMerge(lower, higher);
    if (merged.kind !== "array") return merged;
    const entries = merged.entries.map((e) => {
      const a = entryOf(lower, e.key);
      const b = entryOf(higher, e.key);
      return a && b ? { ...e, value: arrayMerge(a.value, b.value) } : e;
    });
    return { ...merged, entries };
  }
  insert(tree, segments, value, file) {
    let node = tree;
    for (let i2 = 0; i2 < segments.length - 1; i2++) {
      if (node.kind !== "array") return;
      let e = entryOf(node, segments[i2]);
      if (!e) {
        const dir = file.split("/").slice(0, -(segments.length - 1 - i2)).join("/");
        e = {
          key: segments[i2],
          value: { kind: "array", entries: [], open: false, site: this.dirSite(dir) },
          keySite: this.dirSite(dir)
        };
        node.entries.push(e);
      }
      node = e.value;
    }
    if (node.kind !== "array") return;
    const last = segments[segments.length - 1];
    const i = node.entries.findIndex((e) => e.key === last);
    const entry = { key: last, value, keySite: value.site };
    if (i >= 0) node.entries[i] = entry;
    else node.entries.push(entry);
  }
  // ---------------------------------------------------------------------------------------------
  // Evaluation
  // ---------------------------------------------------------------------------------------------
  fallbackAnchor() {
    if (this.versionAnchor) return this.versionAnchor;
    const composer = joinPath(
      this.root,
      this.workspace.isFile(joinPath(this.root, "artisan")) ? "artisan" : "composer.json"
    );
    return { path: composer, line: 1, column: 1, endLine: 1, endColumn: 1 };
  }
  anchorOf(site) {
    const o = site.origin;
    if (o === null) return this.fallbackAnchor();
    return { path: o.path, line: o.line, column: o.column, endLine: o.endLine, endColumn: o.endColumn };
  }
  step(site, note) {
    const a = this.anchorOf(site);
    return withoutPlace({ path: a.path, line: a.line, note });
  }
  where(site) {
    const a = this.anchorOf(site);
    return `${a.path}:${a.line}`;
  }
  notSet(key) {
    if (this.envFiles.length === 0) return `no production-like env file exists to set ${key}`;
    return `no env file sets ${key} (checked ${this.envFiles.join(", ")})`;
  }
  evaluate(node, reveal, depth = 0) {
    const own = (known, value, steps = []) => ({
      known,
      value,
      anchor: this.anchorOf(node.site),
      steps,
      envFile: null,
      exampleOnly: false,
      viaEnv: false
    });
    if (depth > 100)
      return own(false, null, [this.step(node.site, `${node.site.text} is nested too deeply to evaluate`)]);
    switch (node.kind) {
      case "literal":
        return own(true, node.value);
      case "class":
        return own(true, node.name);
      case "unknown":
        return own(false, null, [
          this.step(
            node.site,
            `${this.where(node.site)}: ${node.site.text || "this value"} cannot be evaluated statically`
          )
        ]);
      case "array": {
        const values = [];
        const steps = [];
        let known = !node.open;
        for (const e of node.entries) {
          const r = this.evaluate(e.value, reveal, depth + 1);
          pushSteps(steps, r.steps);
          if (!r.known || Array.isArray(r.value)) known = false;
          values.push(r.value);
        }
        return { ...own(known, known ? values : null), steps };
      }
      case "env":
        return this.evaluateEnv(node, reveal, depth);
      case "path": {
        const arg = node.arg ? this.evaluate(node.arg, reveal, depth + 1) : null;
        if (arg && !arg.known) return { ...arg, anchor: this.anchorOf(node.site) };
        const value = normalisePath(PATH_PREFIX[node.helper] ?? "", arg ? phpString(arg.value) : "");
        return { ...own(true, value, arg?.steps ?? []), ...arg?.envFile ? this.decidedBy(arg) : {} };
      }
      case "coalesce": {
        const left = this.evaluate(node.left, reveal, depth + 1);
        if (!left.known) return left;
        if (left.value !== null) return left;
        const right = this.evaluate(node.right, reveal, depth + 1);
        return { ...right, steps: chain(left.steps, right.steps) };
      }
      case "ternary": {
        const test = this.evaluate(node.test, reveal, depth + 1);
        if (!test.known) return test;
        if (truthy(test.value) && node.then === null) return test;
        const branch = truthy(test.value) ? node.then ?? node.test : node.else;
        const picked = this.evaluate(branch, reveal, depth + 1);
        const note = truthy(test.value) ? `${node.test.site.text} is truthy, so ${branch.site.text} applies` : `${node.test.site.text} is empty or false, so the default ${branch.site.text} applies`;
        return {
          ...picked,
          steps: chain(test.steps, [this.step(branch.site, note)], picked.steps),
          viaEnv: picked.viaEnv || test.viaEnv
        };
      }
      case "cast": {
        const inner = this.evaluate(node.expr, reveal, depth + 1);
        if (!inner.known) return inner;
        let value;
        if (node.to === "string") value = phpString(inner.value);
        else if (node.to === "bool") value = truthy(inner.value);
        else {
          const n = Number.parseFloat(phpString(inner.value));
          value = Number.isNaN(n) ? 0 : node.to === "int" ? Math.trunc(n) : n;
        }
        return { ...inner, value };
      }
      case "concat":
      case "call":
        return this.evaluateComposite(node, reveal, depth);
    }
  }
  decidedBy(r) {
    return { anchor: r.anchor, envFile: r.envFile, exampleOnly: r.exampleOnly, viaEnv: r.viaEnv };
  }
  evaluateComposite(node, reveal, depth) {
    const parts = (node.kind === "concat" ? node.parts : node.args).map(
      (p) => this.evaluate(p, reveal, depth + 1)
    );
    const steps = chain(...parts.map((p) => p.steps));
    const decisive = parts.find((p) => p.envFile !== null) ?? parts.find((p) => p.viaEnv);
    const base = {
      known: parts.every((p) => p.known),
      value: null,
      anchor: this.anchorOf(node.site),
      steps,
      envFile: null,
      exampleOnly: false,
      viaEnv: false,
      ...decisive ? this.decidedBy(decisive) : {}
    };
    if (!base.known) return base;
    const v = parts.map((p) => p.value);
    if (node.kind === "concat") return { ...base, value: v.map(phpString).join("") };
    const s = (i) => phpString(v[i] ?? null);
    switch (node.fn) {
      case "explode": {
        const sep = s(0);
        if (sep === "" || v.length < 2) return { ...base, known: false };
        return { ...base, value: s(1).split(sep) };
      }
      case "implode": {
        const list = Array.isArray(v[1]) ? v[1] : Array.isArray(v[0]) ? v[0] : null;
        if (list === null) return { ...base, known: false };
        return { ...base, value: list.map(phpString).join(Array.isArray(v[1]) ? s(0) : "") };
      }
      case "trim":
      case "rtrim":
      case "ltrim": {
        const chars = v.length > 1 ? s(1) : " \n\r	\v\0";
        const side = node.fn === "trim" ? "both" : node.fn === "rtrim" ? "right" : "left";
        return { ...base, value: trimChars(s(0), chars, side) };
      }
      case "strtolower":
        return { ...base, value: s(0).toLowerCase() };
      case "strtoupper":
        return { ...base, value: s(0).toUpperCase() };
      case "array_filter": {
        if (v.length !== 1 || !Array.isArray(v[0])) return { ...base, known: false };
        return { ...base, value: v[0].filter(truthy) };
      }
    }
  }
  evaluateEnv(node, reveal, depth) {
    const hit = this.env.lookup(node.key);
    if (hit) {
      const shown = reveal ? `=${hit.entry.value}` : "";
      const example = hit.example ? " (from the example file; the real environment may differ)" : "";
      const anchor = entryAnchor(hit.file, hit.entry);
      return {
        known: true,
        value: laravelEnvValue(hit.entry.value),
        anchor,
        steps: [
          ...referenceSteps(hit.file, hit.entry),
          {
            path: hit.file,
            line: hit.entry.line,
            note: `${hit.file}:${hit.entry.line} sets ${node.key}${shown}${example}`
          }
        ],
        envFile: hit.file,
        exampleOnly: hit.example,
        viaEnv: true
      };
    }
    if (node.fallback === null) {
      return {
        known: true,
        value: null,
        anchor: this.anchorOf(node.site),
        steps: [this.step(node.site, `${this.notSet(node.key)}, so it is null`)],
        envFile: null,
        exampleOnly: false,
        viaEnv: true
      };
    }
    const fallback = this.evaluate(node.fallback, reveal, depth + 1);
    const note = `${this.notSet(node.key)}, so the default ${node.fallback.site.text} applies`;
    return {
      ...fallback,
      steps: chain([this.step(node.fallback.site, note)], fallback.steps),
      viaEnv: true
    };
  }
  // ---------------------------------------------------------------------------------------------
  // Lookup by config key
  // ---------------------------------------------------------------------------------------------
  configPathFor(name) {
    return this.appFiles.get(name)?.path ?? `${this.configDirs[0]}/${name}.php`;
  }
  frameworkNote(path5, takeover) {
    const name = String(path5[0]);
    const file = this.configPathFor(name);
    const reason = this.appFiles.has(name) ? `${file} does not set ${dotted(path5.slice(0, takeover + 1))}` : `${file} is absent`;
    return `Laravel ${this.frameworkMajor ?? ""} framework default (${reason})`;
  }
  /**
   * Resolves `config(path)`. `present` is false when no config file (nor framework default) sets the
   * key: config() then returns null.
   */
  resolve(path5, reveal) {
    const memoKey = `${reveal ? "r" : "h"}:${JSON.stringify(path5)}`;
    const cached = this.memo.get(memoKey);
    if (cached) return cached;
    const result = this.resolveUncached(path5, reveal);
    this.memo.set(memoKey, result);
    return result;
  }
  resolveUncached(path5, reveal) {
    let node = this.config();
    let takeover = -1;
    let lastSite = null;
    for (let i = 0; i < path5.length; i++) {
      const opaque = node.kind !== "array" && node.kind !== "literal";
      if (opaque || node.kind === "array" && node.open && !entryOf(node, path5[i])) {
        const r = this.evaluate({ kind: "unknown", site: node.site }, reveal);
        return {
          ...r,
          present: true,
          steps: [
            this.step(
              node.site,
              `${this.where(node.site)}: ${node.site.text || dotted(path5.slice(0, i))} cannot be evaluated statically, so ${dotted(path5)} is unknown`
            )
          ]
        };
      }
      const e = entryOf(node, path5[i]);
      if (!e) {
        const at = lastSite ?? { origin: null, text: "" };
        const file = this.configPathFor(String(path5[0]));
        const note2 = lastSite === null && !this.appFiles.has(String(path5[0])) ? `${file} is absent, so ${dotted(path5)} is not set` : `${lastSite?.origin ? `${this.where(at)}: ` : ""}${dotted(path5.slice(0, i + 1))} is not set`;
        return {
          known: true,
          value: null,
          anchor: this.anchorOf(at),
          steps: [this.step(at, note2)],
          envFile: null,
          exampleOnly: false,
          viaEnv: false,
          present: false
        };
      }
      if (takeover < 0 && e.value.site.origin === null) takeover = i;
      node = e.value;
      lastSite = e.value.site;
    }
    const value = this.evaluate(node, reveal);
    const text = node.site.text;
    const note = takeover >= 0 ? `${this.frameworkNote(path5, takeover)}: ${dotted(path5)} = ${text}` : node.kind === "env" ? `${this.where(node.site)} reads ${text} for ${dotted(path5)}` : `${this.where(node.site)} sets ${dotted(path5)} to ${text}`;
    const steps = chain([this.step(node.site, note)], value.steps);
    return { ...value, steps, present: true };
  }
  toResolved(r, via = []) {
    const evidence = chain(via, r.steps);
    const anchored = evidence.some((e) => e.path === r.anchor.path && e.line === r.anchor.line);
    return {
      value: r.known ? display(r.value) : null,
      anchor: r.anchor,
      evidence: anchored ? evidence : chain(evidence, [{ path: r.anchor.path, line: r.anchor.line, note: "decides the value" }]),
      envFile: r.envFile,
      exampleOnly: r.exampleOnly
    };
  }
  value(path5, reveal, via = []) {
    return this.toResolved(this.resolve(path5, reveal), via);
  }
  /** A name given directly (from code, or a stack's list): anchored where the config defines it. */
  definedName(section, name, what) {
    const r = this.resolve([...section, name], true);
    if (!r.present) return null;
    let node = this.config();
    let entry;
    let takeover = -1;
    for (let i = 0; i <= section.length; i++) {
      const key = i < section.length ? section[i] : name;
      entry = entryOf(node, key);
      if (!entry) return null;
      if (takeover < 0 && entry.value.site.origin === null) takeover = i;
      node = entry.value;
    }
    if (!entry) return null;
    const site = entry.keySite.origin ? entry.keySite : entry.value.site;
    const note = takeover >= 0 ? `${this.frameworkNote([...section, name], takeover)} defines the ${what} '${name}'` : `${this.where(site)} defines the ${what} '${name}'`;
    return {
      value: name,
      anchor: this.anchorOf(site),
      evidence: [this.step(site, note)],
      envFile: null,
      exampleOnly: false
    };
  }
  unknownBecause(base, note) {
    return {
      value: null,
      anchor: base.anchor,
      evidence: chain(base.evidence, [{ path: base.anchor.path, line: base.anchor.line, note }]),
      envFile: base.envFile,
      exampleOnly: base.exampleOnly
    };
  }
  // ---------------------------------------------------------------------------------------------
  // Database connections
  // ---------------------------------------------------------------------------------------------
  connectionFor(name) {
    const section = ["database", "connections"];
    if (name.value === null) {
      return {
        name,
        driver: this.unknownBecause(name, "the database connection is unknown, so its driver is too"),
        database: null
      };
    }
    const defined = this.resolve([...section, name.value], true);
    if (!defined.present) {
      return {
        name,
        driver: this.unknownBecause(name, `no database connection named '${name.value}' is configured`),
        database: null
      };
    }
    const driver = this.value([...section, name.value, "driver"], true, name.evidence);
    const db = this.resolve([...section, name.value, "database"], false);
    const database2 = db.present ? this.toResolved(db, name.evidence) : null;
    return this.withUrl({ name, driver, database: database2 }, [...section, name.value, "url"]);
  }
  /**
   * DatabaseManager::configuration() passes every connection through ConfigurationUrlParser: a
   * non-empty `url` option replaces the driver (its scheme, through the aliases) and the database
   * (its path, or a `?database=` query). The url itself is never printed (it holds the password).
   */
  withUrl(connection, path5) {
    const url = this.resolve(path5, false);
    let node = this.config();
    for (const key of path5) node = node ? entryOf(node, key)?.value : void 0;
    if (node === void 0 || !url.present) return connection;
    if (url.known && (typeof url.value !== "string" || url.value === "")) return connection;
    const via = connection.name.evidence;
    const from = (value, note) => ({
      ...this.toResolved({ ...url, known: value !== null, value }, via),
      evidence: chain(via, url.steps, [{ path: url.anchor.path, line: url.anchor.line, note }])
    });
    if (!url.known || typeof url.value !== "string") {
      const note = "its url option cannot be evaluated, and its scheme would decide the driver";
      return { ...connection, driver: from(null, note), database: null };
    }
    const parts = parseDatabaseUrl(url.value);
    const driver = parts.driver === null ? connection.driver : from(parts.driver, `the scheme of its url option makes the driver '${parts.driver}'`);
    const database2 = parts.database === null ? connection.database : from(parts.database, "its url option sets the database");
    return { ...connection, driver, database: database2 };
  }
  defaultDatabase() {
    return this.memoised(
      "defaultDatabase",
      () => this.connectionFor(this.value(["database", "default"], true))
    );
  }
  databaseConnection(name) {
    return this.memoised(`db:${name}`, () => {
      const defined = this.definedName(["database", "connections"], name, "database connection");
      return defined ? this.connectionFor(defined) : null;
    });
  }
  /** `connection` option of a session/store/queue: a named connection, or the default when unset. */
  optionalConnection(path5, via, what) {
    const option = this.resolve(path5, true);
    const v = option.known ? option.value : void 0;
    if (v === null || v === "") {
      const tail = {
        path: option.anchor.path,
        line: option.anchor.line,
        note: `with no connection set, ${what} the default database connection`
      };
      return this.connectionFor(this.value(["database", "default"], true, chain(via, option.steps, [tail])));
    }
    return this.connectionFor(this.toResolved(option, via));
  }
  // ---------------------------------------------------------------------------------------------
  // LaravelProject
  // ---------------------------------------------------------------------------------------------
  memoised(key, make) {
    const full = `m:${key}`;
    if (this.memo.has(full)) return this.memo.get(full);
    const value = make();
    this.memo.set(full, value);
    return value;
  }
  session() {
    return this.memoised("session", () => {
      const driver = this.value(["session", "driver"], true);
      const connection = driver.value !== null && driver.value.trim().toLowerCase() === "database" ? this.optionalConnection(["session", "connection"], [], "sessions use") : null;
      return { driver, connection };
    });
  }
  storeFor(name) {
    const section = ["cache", "stores"];
    if (name.value === null) {
      return {
        name,
        driver: this.unknownBecause(name, "the cache store is unknown, so its driver is too"),
        connection: null,
        disk: null
      };
    }
    if (!this.resolve([...section, name.value], true).present) {
      return {
        name,
        driver: this.unknownBecause(name, `no cache store named '${name.value}' is configured`),
        connection: null,
        disk: null
      };
    }
    const driver = this.value([...section, name.value, "driver"], true, name.evidence);
    const d = driver.value?.trim().toLowerCase();
    const connection = d === "database" ? this.optionalConnection(
      [...section, name.value, "connection"],
      name.evidence,
      `the store '${name.value}' uses`
    ) : null;
    let disk = null;
    if (d === "storage") {
      const option = this.resolve([...section, name.value, "disk"], true);
      disk = option.known && typeof option.value === "string" && option.value !== "" ? this.diskFor(this.toResolved(option, name.evidence)) : this.diskFor(this.value(["filesystems", "default"], true, name.evidence));
    }
    return { name, driver, connection, disk };
  }
  defaultCacheStore() {
    return this.memoised("defaultCacheStore", () => this.storeFor(this.value(["cache", "default"], true)));
  }
  cacheStore(name) {
    return this.memoised(`store:${name}`, () => {
      const defined = this.definedName(["cache", "stores"], name, "cache store");
      return defined ? this.storeFor(defined) : null;
    });
  }
  diskFor(name, scoping = []) {
    const section = ["filesystems", "disks"];
    if (name.value === null) {
      return {
        name,
        driver: this.unknownBecause(name, "the disk is unknown, so its driver is too"),
        root: null
      };
    }
    if (!this.resolve([...section, name.value], true).present) {
      return {
        name,
        driver: this.unknownBecause(name, `no filesystem disk named '${name.value}' is configured`),
        root: null
      };
    }
    const driver = this.value([...section, name.value, "driver"], true, name.evidence);
    if (driver.value?.trim().toLowerCase() === "scoped") return this.scopedDisk(name, driver, scoping);
    const root = this.resolve([...section, name.value, "root"], false);
    return { name, driver, root: root.present ? this.toResolved(root, name.evidence) : null };
  }
  /**
   * FilesystemManager::createScopedDriver builds the disk named by `disk` with a path prefix, so a
   * scoped disk writes where its parent does: its driver is the parent's.
   */
  scopedDisk(name, driver, scoping) {
    const self = name.value ?? "";
    const option = this.resolve(["filesystems", "disks", self, "disk"], true);
    const parent = option.known && typeof option.value === "string" ? option.value : "";
    if (parent === "" || parent === self || scoping.includes(parent)) {
      const note2 = `the disk the scoped disk '${self}' writes through is unknown`;
      return { name, driver: this.unknownBecause(this.toResolved(option, driver.evidence), note2), root: null };
    }
    const via = this.toResolved(option, driver.evidence);
    const note = `the scoped disk '${self}' writes through the disk '${parent}'`;
    const parentName = {
      ...via,
      evidence: chain(via.evidence, [{ path: via.anchor.path, line: via.anchor.line, note }])
    };
    const resolved = this.diskFor(parentName, [...scoping, self]);
    return { name, driver: resolved.driver, root: resolved.root };
  }
  defaultDisk() {
    return this.memoised("defaultDisk", () => this.diskFor(this.value(["filesystems", "default"], true)));
  }
  disk(name) {
    return this.memoised(`disk:${name}`, () => {
      const defined = this.definedName(["filesystems", "disks"], name, "filesystem disk");
      return defined ? this.diskFor(defined) : null;
    });
  }
  logTargets(name, via, seen, depth) {
    const section = ["logging", "channels"];
    const chainNames = name.value === null ? via : [...via, name.value];
    const missing = (note) => [
      { via: chainNames, driver: this.unknownBecause(name, note), path: null, handler: null }
    ];
    if (name.value === null) return missing("the log channel is unknown");
    if (seen.has(name.value) || depth > 20)
      return missing(`the stack refers back to the channel '${name.value}'`);
    if (!this.resolve([...section, name.value], true).present) {
      return missing(`no log channel named '${name.value}' is configured`);
    }
    const driver = this.value([...section, name.value, "driver"], true, name.evidence);
    if (driver.value?.trim().toLowerCase() === "stack") {
      const list = this.resolve([...section, name.value, "channels"], true);
      const listEvidence = chain(driver.evidence, list.steps);
      const channels = list.known && typeof list.value === "string" ? list.value.split(",") : list.value;
      if (!list.known || !Array.isArray(channels)) {
        return [
          {
            via: chainNames,
            driver: this.unknownBecause(
              this.toResolved(list, driver.evidence),
              "the channels of the stack are unknown"
            ),
            path: null,
            handler: null
          }
        ];
      }
      const next = new Set(seen).add(name.value);
      const targets = [];
      for (const item of channels) {
        const channel = phpString(item).trim();
        const sub = {
          value: channel,
          anchor: list.anchor,
          evidence: chain(listEvidence, [
            {
              path: list.anchor.path,
              line: list.anchor.line,
              note: `the stack '${name.value}' includes the channel '${channel}'`
            }
          ]),
          envFile: list.envFile,
          exampleOnly: list.exampleOnly
        };
        targets.push(...this.logTargets(sub, chainNames, next, depth + 1));
      }
      return targets;
    }
    const base = [...section, name.value];
    let handler = null;
    const pathKeys = [];
    if (driver.value?.trim().toLowerCase() === "monolog") {
      const h = this.resolve([...base, "handler"], true);
      handler = h.present ? this.toResolved(h, name.evidence) : null;
      pathKeys.push(
        ["handler_with", "stream"],
        ["with", "stream"],
        ["handler_with", "filename"],
        ["with", "filename"]
      );
    }
    pathKeys.push(["path"]);
    let path5 = null;
    for (const key of pathKeys) {
      const r = this.resolve([...base, ...key], false);
      if (r.present) {
        path5 = this.toResolved(r, name.evidence);
        break;
      }
    }
    return [{ via: chainNames, driver, path: path5, handler }];
  }
  logChannel(name) {
    return this.memoised(`log:${name}`, () => {
      const defined = this.definedName(["logging", "channels"], name, "log channel");
      return defined ? this.logTargets(defined, [], /* @__PURE__ */ new Set(), 0) : null;
    });
  }
  defaultLogTargets() {
    return this.memoised(
      "defaultLogTargets",
      () => this.logTargets(this.value(["logging", "default"], true), [], /* @__PURE__ */ new Set(), 0)
    );
  }
  queueFor(name) {
    const section = ["queue", "connections"];
    if (name.value === "null") return this.nullDriverQueue(name, "the queue connection name 'null'");
    if (name.value === null) {
      return {
        name,
        driver: this.unknownBecause(name, "the queue connection is unknown, so its driver is too"),
        connection: null
      };
    }
    if (!this.resolve([...section, name.value], true).present) {
      return {
        name,
        driver: this.unknownBecause(name, `no queue connection named '${name.value}' is configured`),
        connection: null
      };
    }
    const driver = this.value([...section, name.value, "driver"], true, name.evidence);
    const connection = driver.value?.trim().toLowerCase() === "database" ? this.optionalConnection(
      [...section, name.value, "connection"],
      name.evidence,
      `the queue '${name.value}' uses`
    ) : null;
    return { name, driver, connection };
  }
  defaultQueue() {
    return this.memoised("defaultQueue", () => {
      const raw = this.resolve(["queue", "default"], true);
      if (raw.present && raw.known && raw.value === null)
        return this.nullDriverQueue(this.toResolved(raw), "queue.default is null");
      return this.queueFor(this.toResolved(raw));
    });
  }
  /**
   * QueueManager::getConfig(): a null connection name, or the name 'null', gets
   * `['driver' => 'null']` whatever the configured connections say.
   */
  nullDriverQueue(name, why) {
    const note = `${why}, so Laravel's queue manager uses the 'null' driver`;
    return {
      name,
      driver: {
        value: "null",
        anchor: name.anchor,
        evidence: chain(name.evidence, [{ path: name.anchor.path, line: name.anchor.line, note }]),
        envFile: name.envFile,
        exampleOnly: name.exampleOnly
      },
      connection: null
    };
  }
  /** A queue connection by name, null when the app defines none of that name. */
  queueConnection(name) {
    return this.memoised(`queue:${name}`, () => {
      const defined = this.definedName(["queue", "connections"], name, "queue connection");
      return defined ? this.queueFor(defined) : null;
    });
  }
  scheduleCacheStore(useCacheName) {
    if (useCacheName !== void 0) {
      const store = this.cacheStore(useCacheName);
      if (store) return store;
      const at = this.fallbackAnchor();
      const name = {
        value: useCacheName,
        anchor: at,
        evidence: [
          { path: at.path, line: at.line, note: `Schedule::useCache('${useCacheName}') names the store` }
        ],
        envFile: null,
        exampleOnly: false
      };
      return this.storeFor(name);
    }
    return this.memoised("scheduleCacheStore", () => {
      const configured = this.resolve(["cache", "schedule_store"], true);
      if (configured.present) {
        if (configured.known && typeof configured.value === "string" && configured.value !== "")
          return this.storeFor(this.toResolved(configured));
        if (!configured.known) return this.storeFor(this.toResolved(configured));
        const note = chain(configured.steps, [
          {
            path: configured.anchor.path,
            line: configured.anchor.line,
            note: "cache.schedule_store is null, so the scheduler uses the default cache store"
          }
        ]);
        return this.storeFor(this.value(["cache", "default"], true, note));
      }
      const keys = this.frameworkMajor !== null && this.frameworkMajor < 11 ? ["SCHEDULE_CACHE_DRIVER"] : ["SCHEDULE_CACHE_DRIVER", "SCHEDULE_CACHE_STORE"];
      for (const key of keys) {
        const hit = this.env.lookup(key);
        if (!hit) continue;
        const example = hit.example ? " (from the example file; the real environment may differ)" : "";
        const mapped = laravelEnvValue(hit.entry.value);
        const name = {
          value: typeof mapped === "string" && mapped !== "" ? mapped : null,
          anchor: entryAnchor(hit.file, hit.entry),
          evidence: [
            ...referenceSteps(hit.file, hit.entry),
            {
              path: hit.file,
              line: hit.entry.line,
              note: `sets ${key}=${hit.entry.value}, which the scheduler reads for its cache store${example}`
            }
          ],
          envFile: hit.file,
          exampleOnly: hit.example
        };
        if (name.value !== null) return this.storeFor(name);
      }
      const at = this.resolve(["cache", "default"], true);
      const first = at.steps[0];
      const lead = first ? [
        {
          path: first.path,
          line: first.line,
          note: `the scheduler uses the default cache store, as cache.schedule_store is not set and no env file sets ${keys.join(" or ")}`
        }
      ] : [];
      return this.storeFor(this.value(["cache", "default"], true, lead));
    });
  }
  maintenanceDriver() {
    return this.memoised("maintenance", () => {
      const r = this.resolve(["app", "maintenance", "driver"], true);
      if (r.present || !this.appFiles.has("app")) return this.toResolved(r);
      const tail = ", so Laravel's maintenance mode uses its default, the 'file' driver";
      const steps = r.steps.map((s, i) => i === r.steps.length - 1 ? { ...s, note: `${s.note}${tail}` } : s);
      const anchor = { ...r.anchor, endLine: r.anchor.line, endColumn: r.anchor.column + 1 };
      return this.toResolved({ ...r, known: true, value: "file", anchor, steps });
    });
  }
  /** Any config value by dotted key (`filesystems.default`), as `config()` would return it. */
  configValue(key) {
    const r = this.resolve(key.split("."), false);
    return r.present ? this.toResolved(r) : null;
  }
  envAssignments() {
    return this.env.assignments();
  }
  configKeyReadingEnv(envKey) {
    const search = (node, path5) => {
      if (node.kind !== "array") return null;
      for (const entry of node.entries) {
        const keys = [...path5, entry.key];
        let value = entry.value;
        if (value.kind === "cast") value = value.expr;
        if (value.kind === "env" && value.key === envKey) {
          const key = keys.join(".");
          const at = value.site.origin === null ? null : this.step(value.site, `config('${key}') reads env('${envKey}')`);
          return { key, at };
        }
        const found = search(entry.value, keys);
        if (found !== null) return found;
      }
      return null;
    };
    return search(this.config(), []);
  }
  configReadsEnv(key) {
    if (this.envReadCache === null) {
      const keys = /* @__PURE__ */ new Set();
      const root = this.config();
      for (const f of this.parsedFiles) for (const k of f.parsed.envReads) keys.add(k);
      const stack = [root];
      while (stack.length > 0) {
        const node = stack.pop();
        if (node.kind === "env" && node.site.origin === null) keys.add(node.key);
        if (node.kind === "array") for (const e of node.entries) stack.push(e.value);
        else if (node.kind === "env" && node.fallback) stack.push(node.fallback);
        else if (node.kind === "concat") stack.push(...node.parts);
        else if (node.kind === "call") stack.push(...node.args);
        else if (node.kind === "cast") stack.push(node.expr);
        else if (node.kind === "coalesce") stack.push(node.left, node.right);
        else if (node.kind === "ternary") stack.push(node.test, ...node.then ? [node.then] : [], node.else);
        else if (node.kind === "path" && node.arg) stack.push(node.arg);
      }
      this.envReadCache = keys;
    }
    return this.envReadCache.has(key);
  }
  isConfigFile(path5) {
    return this.configDirs.some((dir) => path5.startsWith(`${dir}/`));
  }
  /** Problems met while reading config files (syntax errors, files that return no array). */
  configProblems() {
    this.config();
    return this.parsedFiles.flatMap((f) => f.parsed.problems);
  }
};
var configFileInProgress = null;
function configFileBeingParsed() {
  return configFileInProgress;
}
function loadProject(ws, appRoot, options = {}) {
  return new LoadedProject(ws, appRoot, options);
}

// src/engine/suppressions.ts
var SUPPRESSION_DIRECTIVE = "stateless-audit-ignore";
var DIRECTIVE = /stateless-audit-ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?:--(.*))?$/s;
function parseDirective(commentText) {
  const body = commentText.replace(/^\s*(\/\/|#|\/\*+|\{\{--)/, "").replace(/(\*\/|--\}\})\s*$/, "").replace(/^\s*\*\s?/gm, "").trim();
  if (!body.includes(SUPPRESSION_DIRECTIVE)) return null;
  const match = DIRECTIVE.exec(body);
  if (!match) return null;
  const ruleIds = match[1].split(",").map((s) => s.trim());
  const reason = (match[2] ?? "").replace(/\s+/g, " ").trim();
  return { ruleIds, reason: reason === "" ? null : reason };
}
function suppressionsInSource(path5, text, comments) {
  const lines = text.split("\n");
  const out = [];
  for (const comment of comments) {
    const parsed2 = parseDirective(comment.text);
    if (!parsed2) continue;
    const before = (lines[comment.line - 1] ?? "").slice(0, Math.max(0, comment.column - 1));
    const alone = before.trim() === "" || /^\s*<\?php\s*$/.test(before);
    out.push({
      path: path5,
      line: comment.line,
      column: comment.column,
      endColumn: comment.column + comment.text.split("\n")[0].length,
      targetLine: alone ? comment.endLine + 1 : comment.line,
      ...parsed2
    });
  }
  return out;
}
function suppressionsInEnv(path5, text) {
  const out = [];
  if (!text.includes(SUPPRESSION_DIRECTIVE)) return out;
  const lines = text.split(/\r\n|\n|\r/);
  for (const comment of parseEnv(text).comments) {
    const parsed2 = parseDirective(comment.text);
    if (!parsed2) continue;
    const alone = (lines[comment.line - 1] ?? "").slice(0, comment.column - 1).trim() === "";
    out.push({
      path: path5,
      line: comment.line,
      column: comment.column,
      endColumn: comment.column + comment.text.length,
      targetLine: alone ? comment.line + 1 : comment.line,
      ...parsed2
    });
  }
  return out;
}
function matchSuppressions(findings, suppressions) {
  const byPath = /* @__PURE__ */ new Map();
  for (const s of suppressions) {
    const list = byPath.get(s.path) ?? [];
    list.push(s);
    byPath.set(s.path, list);
  }
  const used = /* @__PURE__ */ new Set();
  const matches = findings.map((f) => {
    for (const s of byPath.get(f.path) ?? []) {
      if (s.targetLine >= f.line && s.targetLine <= f.endLine && s.ruleIds.includes(f.ruleId)) {
        used.add(usageKey(s, f.ruleId));
        return s;
      }
    }
    return null;
  });
  return { matches, used };
}
function usageKey(s, ruleId) {
  return `${s.path}:${s.line}:${s.column}:${ruleId}`;
}

// src/engine/prefilter.ts
function methodNamesPattern(triggers) {
  const names = /* @__PURE__ */ new Set();
  const collect = (t) => {
    if (t instanceof RegExp) return;
    if ("methods" in t) for (const name of t.methods) names.add(name);
    else for (const part of "all" in t ? t.all : t.any) collect(part);
  };
  for (const t of triggers) if (t !== void 0) collect(t);
  return names.size > 0 ? methodCallPattern(names) : null;
}
function collectGateLiterals(t, into) {
  if (t instanceof RegExp) for (const l of literalsOf(t) ?? []) into.add(l);
  else if ("methods" in t) for (const name of t.methods) into.add(name);
  else if ("all" in t) collectGateLiterals(t.all[0], into);
  else for (const part of t.any) collectGateLiterals(part, into);
}
function gateOf(t) {
  if (t instanceof RegExp) {
    const literals = literalsOf(t);
    return literals === null ? () => true : (present) => literals.some((l) => present.has(l));
  }
  if ("methods" in t) return (present) => t.methods.some((name) => present.has(name));
  if ("all" in t) return gateOf(t.all[0]);
  const parts = t.any.map(gateOf);
  return (present) => parts.some((gate) => gate(present));
}
var LiteralScan = class {
  /** The literals, longest first (so one found also shows the shorter ones it starts with), then escapes. */
  finder;
  /** Each literal with the literals it starts with, itself included. */
  implied = /* @__PURE__ */ new Map();
  constructor(literals) {
    const sorted2 = [...literals].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const l of sorted2)
      this.implied.set(
        l,
        sorted2.filter((shorter) => l.startsWith(shorter))
      );
    const escape = String.raw`\\(?:[0-7]|x[0-9a-f]|u\{)`;
    this.finder = new RegExp([...sorted2.map(exact), escape].join("|"), "gi");
  }
  /** The literals present in `text` (any case); null when it contains an escape sequence. */
  present(text) {
    const present = /* @__PURE__ */ new Set();
    const finder = this.finder;
    finder.lastIndex = 0;
    for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
      const implied = this.implied.get(m[0].toLowerCase());
      if (implied === void 0) return null;
      for (const l of implied) present.add(l);
      finder.lastIndex = m.index + 1;
    }
    return present;
  }
};
var Prefilter = class {
  /** `gate: false` tests every trigger in full (the literal gate switched off, for comparison). */
  constructor(rules, options = { gate: true }) {
    this.rules = rules;
    this.options = options;
    this.triggerMethods = methodNamesPattern(rules.map((rule) => rule.triggers));
    this.anchorMethods = methodNamesPattern(rules.map((rule) => rule.anchors));
    const literals = /* @__PURE__ */ new Set();
    for (const rule of rules) if (rule.triggers !== void 0) collectGateLiterals(rule.triggers, literals);
    this.literals = new LiteralScan(literals);
    this.gates = rules.map((rule) => rule.triggers === void 0 ? () => true : gateOf(rule.triggers));
  }
  rules;
  options;
  // Separate, so that the anchors' names (get, put, …) do not slow the scan of every file.
  triggerMethods;
  anchorMethods;
  literals;
  gates;
  /** The rules that can report in `text`: those whose trigger matches, and those without one. */
  rulesFor(text) {
    const present = this.options.gate ? this.literals.present(text) : ESCAPE.test(text) ? null : void 0;
    if (present === null) return [...this.rules];
    const matches = this.matcher(text, this.triggerMethods);
    return this.rules.filter(
      (rule, i) => rule.triggers === void 0 || (present === void 0 || this.gates[i](present)) && matches(rule.triggers)
    );
  }
  /**
   * Whether one of `rules` can report inside a function body whose text is `body`: a rule without
   * anchors always can. The caller has ruled out escape sequences in the file.
   */
  canReportIn(body, rules) {
    const matches = this.matcher(body, this.anchorMethods);
    return rules.some((rule) => rule.anchors === void 0 || matches(rule.anchors));
  }
  /** A trigger test over `text` that remembers each pattern's result. */
  matcher(text, methodCalls) {
    const tested = /* @__PURE__ */ new Map();
    let called = null;
    const matches = (t) => {
      if (t instanceof RegExp) {
        let found = tested.get(t);
        if (found === void 0) {
          found = t.test(text);
          tested.set(t, found);
        }
        return found;
      }
      if ("methods" in t) {
        called ??= methodNames(text, methodCalls);
        const names = called;
        return t.methods.some((name) => names.has(name));
      }
      return "all" in t ? t.all.every(matches) : t.any.some(matches);
    };
    return matches;
  }
};
function methodNames(text, methodCalls) {
  const names = /* @__PURE__ */ new Set();
  if (methodCalls !== null) for (const m of text.matchAll(methodCalls)) names.add(m[1].toLowerCase());
  return names;
}
function hasSuppressionComment(text) {
  return text.includes(SUPPRESSION_DIRECTIVE);
}

// src/php/bodies.ts
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var DQUOTE = 34;
var HASH = 35;
var DOLLAR = 36;
var AMP = 38;
var SQUOTE = 39;
var LPAREN = 40;
var RPAREN = 41;
var STAR = 42;
var MINUS = 45;
var SLASH = 47;
var COLON = 58;
var SEMICOLON = 59;
var LT = 60;
var GT = 62;
var QUESTION = 63;
var LBRACKET = 91;
var BACKSLASH = 92;
var RBRACKET = 93;
var BACKTICK = 96;
var LBRACE = 123;
var RBRACE = 125;
var DEL = 127;
var UNREADABLE = -1;
var NOT_NAMED = -2;
var NOT_MARKER = -2;
var INTERPOLATION_AT = -2;
var BLOCK = 0;
var PAREN = 1;
var BRACKET = 2;
var NAMESPACE = 3;
var CLASS = 4;
var INNER_CLASS = 5;
var BODY = 6;
var INTERPOLATION = 7;
var TOP = 8;
var WORD = -1;
var OTHER = -2;
var NONE = 0;
var OPENS_BODY = 1;
var OPENS_BLOCK = 2;
var OPENS_CLASS = 3;
var OPENS_INNER_CLASS = 4;
var OPENS_NAMESPACE = 5;
var OPENED = [BLOCK, BODY, BLOCK, CLASS, INNER_CLASS, NAMESPACE];
var K_FUNCTION = 1;
var K_CLASS = 2;
var K_INTERFACE = 3;
var K_TRAIT = 4;
var K_ENUM = 5;
var K_NAMESPACE = 6;
var K_NAME_NEXT = 7;
var K_USE = 8;
var K_END = 9;
var HEREDOC = 0;
var HALT_COMPILER = /__halt_compiler/i;
function functionBodies(text) {
  if (!text.startsWith("<?php") || !isSpace(text.charCodeAt(5))) return null;
  if (text.includes("?>") || HALT_COMPILER.test(text)) return null;
  return scan(text);
}
function scan(text) {
  const n = text.length;
  const hasCR = text.includes("\r");
  const bodies = [];
  let body = null;
  let declared = "";
  let memberStart = -1;
  const kinds = [];
  const pending = [NONE];
  const quotes = [];
  const labels = [];
  let depth = 0;
  let nameNext = false;
  let last = SEMICOLON;
  let i = 5;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === LF || c === TAB || c === CR) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      const start = i;
      const before2 = last;
      last = WORD;
      i++;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      if (nameNext) {
        nameNext = false;
        continue;
      }
      const keyword = keywordOf(text, start, i - start);
      if (keyword === 0) continue;
      const top = depth === 0 ? TOP : kinds[depth - 1];
      const topLevel = top === TOP || top === NAMESPACE;
      const inClass = top === CLASS || top === INNER_CLASS;
      if (keyword === K_FUNCTION) {
        const end = declaredName(text, i, hasCR);
        if (end === UNREADABLE) return null;
        if (end === NOT_NAMED) {
          if (inClass || top !== PAREN && top !== BRACKET && startsStatement(before2)) return null;
          continue;
        }
        if (!inClass && !startsStatement(before2)) return null;
        i = end;
        let nameStart = end;
        while (isLabelChar(text.charCodeAt(nameStart - 1))) nameStart--;
        declared = text.slice(nameStart, end).toLowerCase();
        if (topLevel || top === CLASS) pending[depth] = OPENS_BODY;
        else if (top === INNER_CLASS) pending[depth] = OPENS_BLOCK;
        else if (top === BLOCK || top === BODY) {
          pending[depth] = OPENS_BLOCK;
          if (body !== null) body.declaresFunction = true;
        } else return null;
      } else if (keyword === K_NAMESPACE) {
        const j = skipTrivia(text, i, hasCR);
        if (j < 0) return null;
        const d = text.charCodeAt(j);
        if (d === COLON && text.charCodeAt(j + 1) !== COLON) continue;
        if (depth !== 0 || !(isLabelStart(d) || d === LBRACE)) return null;
        pending[0] = OPENS_NAMESPACE;
      } else if (keyword === K_NAME_NEXT) {
        nameNext = true;
      } else if (keyword === K_USE) {
        if (inClass) pending[depth] = OPENS_BLOCK;
      } else if (keyword === K_END) {
        if (topLevel) return null;
      } else {
        const j = skipTrivia(text, i, hasCR);
        if (j < 0) return null;
        const d = text.charCodeAt(j);
        let named;
        if (keyword === K_ENUM) {
          if (!isLabelStart(d) || isExtendsOrImplements(text, j)) continue;
          let k = i;
          while (text.charCodeAt(k) === SPACE) k++;
          if (k !== j) return null;
          named = true;
        } else if (isLabelStart(d)) {
          named = !(keyword === K_CLASS && isExtendsOrImplements(text, j));
        } else if (d === COLON && text.charCodeAt(j + 1) !== COLON) {
          continue;
        } else if (keyword === K_CLASS && (d === LBRACE || d === LPAREN)) {
          named = false;
        } else return null;
        if (inClass) return null;
        if (named) {
          i = j + 1;
          while (isLabelChar(text.charCodeAt(i))) i++;
          if (topLevel) pending[depth] = OPENS_CLASS;
          else if (top === BLOCK || top === BODY) pending[depth] = OPENS_INNER_CLASS;
          else return null;
        } else {
          pending[depth] = OPENS_INNER_CLASS;
        }
      }
      continue;
    }
    if (c === SLASH || c === HASH) {
      const d = text.charCodeAt(i + 1);
      if (c === HASH ? d !== LBRACKET : d === SLASH) {
        i = lineEnd(text, i + 1, hasCR);
        continue;
      }
      if (c === SLASH && d === STAR) {
        const end = text.indexOf("*/", i + 2);
        if (end < 0) return null;
        i = end + 2;
        continue;
      }
    }
    nameNext = false;
    const before = last;
    last = c;
    let result;
    let quote2;
    let label = "";
    switch (c) {
      case LBRACE: {
        const opens = pending[depth];
        let kind;
        if (opens === OPENS_BODY) {
          kind = BODY;
          const inClass = depth > 0 && kinds[depth - 1] === CLASS;
          body = {
            open: i,
            close: -1,
            declaresFunction: false,
            name: declared,
            declaration: inClass ? memberStart : -1
          };
          bodies.push(body);
        } else if (opens === NONE) {
          const top = depth === 0 ? TOP : kinds[depth - 1];
          if (top === CLASS || top === INNER_CLASS) return null;
          kind = BLOCK;
        } else {
          kind = OPENED[opens];
        }
        pending[depth] = NONE;
        kinds[depth] = kind;
        depth++;
        pending[depth] = NONE;
        i++;
        if (kind === CLASS) memberStart = i;
        continue;
      }
      case RBRACE: {
        if (depth === 0 || pending[depth] !== NONE) return null;
        const kind = kinds[depth - 1];
        if (kind === PAREN || kind === BRACKET) return null;
        depth--;
        if (kind === BODY && body !== null) {
          body.close = i;
          body = null;
        }
        i++;
        if (kind !== INTERPOLATION && depth > 0 && kinds[depth - 1] === CLASS) memberStart = i;
        if (kind !== INTERPOLATION) continue;
        quote2 = quotes[depth];
        label = labels[depth];
        result = quote2 === HEREDOC ? scanHeredoc(text, i, label, false) : scanQuoted(text, i, quote2);
        break;
      }
      case LPAREN:
      case LBRACKET:
      case HASH:
        kinds[depth] = c === LPAREN ? PAREN : BRACKET;
        depth++;
        pending[depth] = NONE;
        i += c === HASH ? 2 : 1;
        continue;
      case RPAREN:
      case RBRACKET:
        if (depth === 0 || pending[depth] !== NONE) return null;
        if (kinds[depth - 1] !== (c === RPAREN ? PAREN : BRACKET)) return null;
        depth--;
        i++;
        continue;
      case SEMICOLON:
        pending[depth] = NONE;
        i++;
        if (depth > 0 && kinds[depth - 1] === CLASS) memberStart = i;
        continue;
      case SQUOTE:
        i = singleQuotedEnd(text, i + 1);
        if (i < 0) return null;
        last = WORD;
        continue;
      case DQUOTE:
      case BACKTICK:
        quote2 = c;
        result = scanQuoted(text, i + 1, c);
        break;
      case LT: {
        if (text.charCodeAt(i + 1) !== LT || text.charCodeAt(i + 2) !== LT) {
          i++;
          continue;
        }
        const opener = heredocOpener(text, i);
        if (opener === null) return null;
        label = opener.label;
        if (opener.nowdoc) {
          i = scanNowdoc(text, opener.bodyStart, label, hasCR);
          if (i < 0) return null;
          last = WORD;
          continue;
        }
        quote2 = HEREDOC;
        result = scanHeredoc(text, opener.bodyStart, label, true);
        break;
      }
      case DOLLAR:
        i++;
        if (isLabelStart(text.charCodeAt(i))) {
          i++;
          while (isLabelChar(text.charCodeAt(i))) i++;
          last = WORD;
        }
        continue;
      case MINUS: {
        const d = text.charCodeAt(i + 1);
        if (d === GT) nameNext = true;
        last = OTHER;
        i += d === GT || d === MINUS ? 2 : 1;
        continue;
      }
      case COLON:
        if (text.charCodeAt(i + 1) === COLON) {
          nameNext = true;
          last = OTHER;
          i += 2;
        } else {
          if (before === QUESTION) last = OTHER;
          i++;
        }
        continue;
      default:
        if (c < SPACE || c === DEL) return null;
        i++;
        continue;
    }
    if (result === UNREADABLE) return null;
    if (result >= 0) {
      last = WORD;
      i = result;
      continue;
    }
    const brace = INTERPOLATION_AT - result;
    kinds[depth] = INTERPOLATION;
    quotes[depth] = quote2;
    labels[depth] = label;
    depth++;
    pending[depth] = NONE;
    last = LBRACE;
    i = brace + 1;
  }
  if (depth !== 0 || pending[0] !== NONE) return null;
  return bodies;
}
function startsStatement(last) {
  return last === SEMICOLON || last === LBRACE || last === RBRACE || last === COLON || last === RBRACKET;
}
function isSpace(c) {
  return c === SPACE || c === LF || c === TAB || c === CR;
}
function isLabelStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 128;
}
function isLabelChar(c) {
  return isLabelStart(c) || c >= 48 && c <= 57;
}
function isWordChar(c) {
  return isLabelChar(c) || c === BACKSLASH;
}
function spells(text, start, length, word2) {
  if (length !== word2.length) return false;
  for (let k = 0; k < length; k++)
    if ((text.charCodeAt(start + k) | 32) !== word2.charCodeAt(k)) return false;
  return true;
}
function keywordOf(text, start, length) {
  switch (length) {
    case 3:
      return spells(text, start, length, "use") ? K_USE : 0;
    case 4:
      if (spells(text, start, length, "enum")) return K_ENUM;
      return spells(text, start, length, "case") ? K_NAME_NEXT : 0;
    case 5:
      if (spells(text, start, length, "class")) return K_CLASS;
      if (spells(text, start, length, "trait")) return K_TRAIT;
      if (spells(text, start, length, "const")) return K_NAME_NEXT;
      return spells(text, start, length, "endif") ? K_END : 0;
    case 6:
      return spells(text, start, length, "endfor") ? K_END : 0;
    case 8:
      if (spells(text, start, length, "function")) return K_FUNCTION;
      return spells(text, start, length, "endwhile") ? K_END : 0;
    case 9:
      if (spells(text, start, length, "interface")) return K_INTERFACE;
      if (spells(text, start, length, "namespace")) return K_NAMESPACE;
      return spells(text, start, length, "endswitch") ? K_END : 0;
    case 10:
      if (spells(text, start, length, "endforeach")) return K_END;
      return spells(text, start, length, "enddeclare") ? K_END : 0;
    default:
      return 0;
  }
}
function isExtendsOrImplements(text, j) {
  let k = j;
  while (isLabelChar(text.charCodeAt(k))) k++;
  return spells(text, j, k - j, "extends") || spells(text, j, k - j, "implements");
}
function lineEnd(text, i, hasCR) {
  if (!hasCR) {
    const end = text.indexOf("\n", i);
    return end < 0 ? text.length : end;
  }
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}
function skipTrivia(text, i, hasCR) {
  for (; ; ) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) i++;
    else if (c === HASH && text.charCodeAt(i + 1) !== LBRACKET) i = lineEnd(text, i + 1, hasCR);
    else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) i = lineEnd(text, i + 2, hasCR);
    else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return UNREADABLE;
      i = end + 2;
    } else return i;
  }
}
function declaredName(text, i, hasCR) {
  let j = skipTrivia(text, i, hasCR);
  if (j >= 0 && text.charCodeAt(j) === AMP) j = skipTrivia(text, j + 1, hasCR);
  if (j < 0) return UNREADABLE;
  if (!isLabelStart(text.charCodeAt(j))) return NOT_NAMED;
  let end = j + 1;
  while (isLabelChar(text.charCodeAt(end))) end++;
  const k = skipTrivia(text, end, hasCR);
  if (k < 0) return UNREADABLE;
  return text.charCodeAt(k) === LPAREN ? end : NOT_NAMED;
}
function singleQuotedEnd(text, i) {
  for (; ; ) {
    const q = text.indexOf("'", i);
    if (q < 0) return UNREADABLE;
    let b = q - 1;
    while (text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    i = q + 1;
  }
}
function scanQuoted(text, i, quote2) {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === quote2) return i + 1;
    if (c === BACKSLASH) i += 2;
    else if (c === DOLLAR && text.charCodeAt(i + 1) === LBRACE) return INTERPOLATION_AT - (i + 1);
    else if (c === LBRACE && text.charCodeAt(i + 1) === DOLLAR) return INTERPOLATION_AT - i;
    else i++;
  }
  return UNREADABLE;
}
function heredocOpener(text, i) {
  let j = i + 3;
  while (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB) j++;
  const q = text.charCodeAt(j);
  const quoted = q === SQUOTE || q === DQUOTE;
  if (quoted) j++;
  if (!isLabelStart(text.charCodeAt(j))) return null;
  const start = j;
  while (isLabelChar(text.charCodeAt(j))) j++;
  const label = text.slice(start, j);
  if (quoted && text.charCodeAt(j++) !== q) return null;
  const newline = text.charCodeAt(j);
  if (newline !== LF && newline !== CR) return null;
  return { label, nowdoc: q === SQUOTE, bodyStart: j + 1 };
}
function closingMarker(text, i, label) {
  let j = i;
  while (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB) j++;
  if (!text.startsWith(label, j)) return NOT_MARKER;
  const end = j + label.length;
  const after = text.charCodeAt(end);
  if (isLabelChar(after)) return NOT_MARKER;
  switch (after) {
    case LF:
    case CR:
    case SEMICOLON:
    case TAB:
    case SPACE:
    case 44:
    // ,
    case RBRACKET:
    case RPAREN:
    case SLASH:
    case 61:
    // =
    case 33:
    // !
    case 46:
      return end;
    default:
      return UNREADABLE;
  }
}
function scanNowdoc(text, i, label, hasCR) {
  for (; ; ) {
    const end = closingMarker(text, i, label);
    if (end !== NOT_MARKER) return end;
    const newline = lineEnd(text, i, hasCR);
    if (newline >= text.length) return UNREADABLE;
    i = newline + 1;
  }
}
function scanHeredoc(text, i, label, atLineStart) {
  const n = text.length;
  let lineStart = atLineStart;
  let phpEscaped = false;
  let parser = 0;
  for (; ; ) {
    if (lineStart) {
      const end = closingMarker(text, i, label);
      if (end !== NOT_MARKER) return end;
      lineStart = false;
    }
    if (i >= n) return UNREADABLE;
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      phpEscaped = false;
      parser = 0;
      lineStart = true;
      i++;
      continue;
    }
    const opens = c === DOLLAR && text.charCodeAt(i + 1) === LBRACE || c === LBRACE && text.charCodeAt(i + 1) === DOLLAR;
    const phpOpens = opens && !phpEscaped;
    if (phpOpens !== (opens && parser !== 1)) return UNREADABLE;
    if (phpOpens) return INTERPOLATION_AT - (c === DOLLAR ? i + 1 : i);
    phpEscaped = !phpEscaped && c === BACKSLASH;
    parser = parser === 1 ? 2 : parser === 0 && c === BACKSLASH ? 1 : 0;
    i++;
  }
}

// src/engine/slice.ts
function hasFunctionImport(text) {
  const positions = (pattern2) => Array.from(text.matchAll(pattern2), (m) => m.index);
  const functions = positions(/\bfunction\b/gi);
  if (functions.length === 0) return false;
  const semicolons = positions(/;/g);
  let f = 0;
  let s = 0;
  for (const use of positions(/\buse\b/gi)) {
    while (f < functions.length && functions[f] < use) f++;
    if (f === functions.length) return false;
    while (s < semicolons.length && semicolons[s] < use) s++;
    if (s === semicolons.length || functions[f] < semicolons[s]) return true;
  }
  return false;
}
var LONE_CR = /\r(?!\n)/;
var LINE_BREAKS = /[^\n\r]+/g;
function sliceBodies(text, rules, prefilter) {
  if (rules.some((rule) => rule.anchors === void 0)) return null;
  if (!sliceable(text)) return null;
  const bodies = functionBodies(text);
  if (bodies === null) return null;
  const parts = [];
  const cuts = [];
  let copied = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (offset) => {
    for (let i = text.indexOf("\n", counted); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
    counted = offset;
    return line;
  };
  for (const body of bodies) {
    if (body.declaresFunction) continue;
    const inner = text.slice(body.open + 1, body.close);
    if (prefilter.canReportIn(inner, rules)) continue;
    const whole = body.declaration >= 0 && body.name !== "__construct";
    const from = whole ? body.declaration : body.open + 1;
    const to = whole ? body.close + 1 : body.close;
    const first = lineAt(from);
    parts.push(text.slice(copied, from), text.slice(from, to).replace(LINE_BREAKS, ""));
    copied = to;
    cuts.push({ first, last: lineAt(body.close) });
  }
  if (cuts.length === 0) return null;
  parts.push(text.slice(copied));
  return { text: parts.join(""), cuts };
}
function bladeSegmentFilter(text, rules, prefilter) {
  if (rules.some((rule) => rule.anchors === void 0)) return null;
  if (!sliceable(text)) return null;
  return (segment) => segmentBindsNames(segment) || prefilter.canReportIn(segment.code, rules);
}
function sliceable(text) {
  return !ESCAPE.test(text) && !hasFunctionImport(text) && !LONE_CR.test(text);
}
function touchesCut(span, cuts) {
  return cuts.some((cut) => span.line <= cut.last && span.endLine >= cut.first);
}

// src/engine/audit-file.ts
function wholeFileSpan(line = 1) {
  return { line, column: 1, endLine: line, endColumn: 1 };
}
function isTestPath(path5, projects) {
  let outer = null;
  for (const p of projects) {
    const inside2 = p.root === "" || path5.startsWith(p.root + "/");
    if (inside2 && (outer === null || p.root.length < outer.length)) outer = p.root;
  }
  const rel = outer === null || outer === "" ? path5 : path5.slice(outer.length + 1);
  return rel.startsWith("tests/") || rel.includes("/tests/");
}
function ownerOf(path5, projects) {
  let best = null;
  for (const p of projects) {
    const inside2 = p.root === "" || path5 === p.root || path5.startsWith(p.root + "/");
    if (inside2 && (best === null || p.root.length > best.root.length)) best = p;
  }
  return best;
}
function screenFile(path5, text, settings, whyNotRead = null) {
  if (text === null) return notRead(path5, whyNotRead);
  const binary = binaryFile(path5, text);
  if (binary !== null) return binary;
  if (!settings.prefilter) return null;
  if (settings.triggers.rulesFor(text).length > 0 || hasSuppressionComment(text)) return null;
  return { path: path5, read: true, parseError: false, skipped: true, reports: [], suppressions: [], text: null };
}
function parseErrorOutcome(path5, text, message) {
  return {
    path: path5,
    read: text !== null,
    parseError: true,
    skipped: false,
    reports: [
      {
        meta: parseErrorRule,
        report: { path: path5, span: wholeFileSpan(), message, evidence: [] },
        capAtNotice: false
      }
    ],
    suppressions: [],
    text
  };
}
function notRead(path5, why) {
  const reason = why ?? `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, or not a regular file`;
  return parseErrorOutcome(path5, null, `Not audited: the file could not be read (${reason}).`);
}
function binaryFile(path5, text) {
  return text.includes("\0") ? parseErrorOutcome(path5, text, "Not audited: the file is binary, not PHP source.") : null;
}
function auditFile(path5, text, settings, whyNotRead = null) {
  if (text === null) return notRead(path5, whyNotRead);
  const binary = binaryFile(path5, text);
  if (binary !== null) return binary;
  const outcome = {
    path: path5,
    read: true,
    parseError: false,
    skipped: false,
    reports: [],
    suppressions: [],
    text: null
  };
  const selected = settings.prefilter || settings.ruleTriggers ? settings.triggers.rulesFor(text) : settings.rules;
  if (selected.length === 0 && settings.prefilter && !hasSuppressionComment(text)) {
    outcome.skipped = true;
    return outcome;
  }
  const rules = settings.ruleTriggers ? selected : settings.rules;
  const project = ownerOf(path5, settings.projects);
  const context2 = {
    project,
    isTestFile: isTestPath(path5, settings.projects),
    isConfigFile: project ? project.isConfigFile(path5) : /(^|\/)config\//.test(path5)
  };
  try {
    return parsed(path5, text, rules, context2, settings, outcome);
  } catch (err) {
    outcome.reports = [
      {
        meta: internalErrorRule,
        report: {
          path: path5,
          span: wholeFileSpan(),
          message: `Parsing this file failed (${err.message}); it was not audited. Please report this.`,
          evidence: [],
          fingerprintKey: "internal-error:parse"
        },
        capAtNotice: false
      }
    ];
    outcome.suppressions = [];
    outcome.text = text;
    return outcome;
  }
}
function parsed(path5, text, rules, context2, settings, outcome) {
  const suppressible = hasSuppressionComment(text);
  if (settings.sliceBodies && !suppressible) {
    const blade = isBladePath(path5);
    const segments = blade ? bladeSegmentFilter(text, rules, settings.triggers) : null;
    const sliced = blade ? null : sliceBodies(text, rules, settings.triggers);
    if (segments !== null || sliced !== null) {
      const file2 = sliced ? parsePhpSource(path5, sliced.text, { comments: false }) : parsePhpSource(path5, text, { bladeSegments: segments ?? void 0, comments: false });
      if (file2.parseErrors.length === 0) {
        const reports = runRules(file2, rules, context2);
        const exact2 = reports.every(
          (r) => r.meta !== internalErrorRule && !(sliced && touchesCut(r.report.span, sliced.cuts))
        );
        if (exact2) {
          outcome.reports = reports;
          if (reports.length > 0) outcome.text = text;
          return outcome;
        }
      }
    }
  }
  const file = parsePhpSource(path5, text, { comments: suppressible });
  if (file.parseErrors.length > 0) {
    outcome.parseError = true;
    const first = file.parseErrors[0];
    const more = file.parseErrors.length > 1 ? ` (and ${file.parseErrors.length - 1} more)` : "";
    outcome.reports.push({
      meta: parseErrorRule,
      report: {
        path: path5,
        span: { line: first.line, column: first.column, endLine: first.line, endColumn: first.column },
        message: `Syntax error: ${first.message}${more}. The rest of the file was still audited.`,
        evidence: [],
        fingerprintKey: "parse-error"
      },
      capAtNotice: false
    });
  }
  outcome.reports.push(...runRules(file, rules, context2));
  outcome.suppressions = suppressionsInSource(path5, text, file.comments);
  if (outcome.reports.length > 0 || outcome.suppressions.length > 0) outcome.text = text;
  return outcome;
}
function parserHung(path5, text) {
  return {
    path: path5,
    read: text !== null,
    parseError: true,
    skipped: false,
    reports: [
      {
        meta: parseErrorRule,
        report: {
          path: path5,
          span: wholeFileSpan(),
          message: "Not audited: the PHP parser did not finish on this file (it loops on a few broken texts, such as a file ending in `enum` or `#[`). Check it with `php -l`.",
          evidence: [],
          fingerprintKey: "parse-error"
        },
        capAtNotice: false
      }
    ],
    suppressions: [],
    text
  };
}
function runRules(file, rules, context2) {
  const reports = [];
  for (const rule of rules) {
    try {
      for (const report of rule.check(file, context2)) {
        reports.push({ meta: rule.meta, report, capAtNotice: context2.isTestFile });
      }
    } catch (err) {
      reports.push({
        meta: internalErrorRule,
        report: {
          path: file.path,
          span: wholeFileSpan(),
          message: `Rule ${rule.meta.id} failed on this file (${err.message}); other rules still ran. Please report this.`,
          evidence: [],
          fingerprintKey: `internal-error:${rule.meta.id}`
        },
        capAtNotice: false
      });
    }
  }
  return reports;
}

// src/engine/watchdog.ts
import vm from "node:vm";
var DEFAULT_TIME_LIMITS = {
  chunkMs: 2e4,
  fileMs: 3e4,
  fileMsPerMb: 1e4
};
var LARGE_FILE_CHARS = 1024 * 1024;
var RunAlone = class extends Error {
  constructor(chars) {
    super("run alone");
    this.chars = chars;
  }
  chars;
};
function aloneIfLarge(text, alone) {
  if (!alone && text !== null && text.length >= LARGE_FILE_CHARS) throw new RunAlone(text.length);
}
var CHUNK_FILES = 512;
var context = vm.createContext({ task: null });
var runTask = new vm.Script("task()", { filename: "stateless-audit-watchdog" });
var Timeout = class extends Error {
};
function runWithin(ms, task) {
  context.task = task;
  try {
    runTask.runInContext(context, { timeout: ms });
  } catch (err) {
    if (err.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new Timeout();
    throw err;
  } finally {
    context.task = null;
  }
}
function eachWithin(items, one, hung, limits = DEFAULT_TIME_LIMITS) {
  const out = [];
  let next = 0;
  while (next < items.length) {
    try {
      runWithin(limits.chunkMs, () => {
        const end = Math.min(items.length, next + CHUNK_FILES);
        while (next < end) {
          out[next] = one(items[next], false);
          next++;
        }
      });
    } catch (err) {
      let aloneMs = limits.fileMs;
      if (err instanceof RunAlone) {
        const perMb = limits.fileMsPerMb ?? DEFAULT_TIME_LIMITS.fileMsPerMb ?? 0;
        aloneMs += Math.ceil(perMb * err.chars / (1024 * 1024));
      } else if (err instanceof Timeout) resetParser();
      else throw err;
      const item = items[next];
      try {
        runWithin(aloneMs, () => {
          out[next] = one(item, true);
        });
      } catch (again) {
        if (!(again instanceof Timeout)) throw again;
        resetParser();
        out[next] = hung(item);
      }
      next++;
    }
  }
  return out;
}

// src/engine/audit.ts
var ALL_OPTIMISATIONS = {
  prefilter: true,
  ruleTriggers: true,
  literalGate: true,
  scopedApps: true,
  listOnce: true,
  sliceBodies: true
};
var NO_OPTIMISATIONS = {
  prefilter: false,
  ruleTriggers: false,
  literalGate: false,
  scopedApps: false,
  listOnce: false,
  sliceBodies: false
};
function optimisationsFor(option, env2 = process.env.STATELESS_AUDIT_OPTIMISE) {
  if (option === false) return { ...NO_OPTIMISATIONS };
  const base = /^(off|0|false|no)$/i.test(env2?.trim() ?? "") ? NO_OPTIMISATIONS : ALL_OPTIMISATIONS;
  return { ...base, ...typeof option === "object" ? option : {} };
}
var PHP_FILE = /\.php$/i;
var FILE_LEVEL_RULES = /* @__PURE__ */ new Set([parseErrorRule.id, internalErrorRule.id]);
function lowerOf(a, b) {
  return severityRank(a) >= severityRank(b) ? a : b;
}
async function audit(request) {
  const started = request.startedAt ?? performance.now();
  const { config, scope } = request;
  const progress = request.progress ?? (() => void 0);
  const ignoreGlobs = config.ignorePaths.map((g) => g.endsWith("/") ? `${g}**` : g);
  const ignored = ignoreGlobs.length > 0 ? (0, import_picomatch2.default)(ignoreGlobs, { dot: true }) : () => false;
  const configured = (meta) => config.rules[meta.id];
  const enabled = (meta) => configured(meta) !== "off";
  const optimise = optimisationsFor(request.optimise);
  const workspace = optimise.listOnce ? listingOnce(request.workspace) : request.workspace;
  const whyNotRead = (path5, text) => text === null ? workspace.failure?.(path5) ?? null : null;
  const appRoots = scope !== null && optimise.scopedApps ? locateAppsAround(workspace, scope.keys()).map((a) => a.root) : findApps(workspace);
  if (appRoots.length === 0) {
    const unlisted = [...workspace.unlisted?.() ?? /* @__PURE__ */ new Map()];
    const rootComposer = workspace.failure?.("composer.json") ?? null;
    const unread = [
      ...unlisted.map(([dir, why]) => `${dir === "" ? request.root : `${dir}/`} (${why})`),
      ...rootComposer === null ? [] : [`composer.json (${rootComposer})`]
    ];
    throw new UsageError(
      `${request.root} is not a Laravel app: no artisan file and no composer.json requiring laravel/framework was found in it or below it` + (unread.length > 0 ? `; these could not be read: ${unread.join(", ")}.` : ".")
    );
  }
  const load = { configPaths: config.configPaths, envFiles: config.envFiles ?? void 0 };
  const mode = scope === null ? `${Number(optimise.prefilter)}${Number(optimise.sliceBodies)}` : "scope";
  const cache3 = request.cache === void 0 ? null : new ResultCache(request.cache, { version: request.version, config, appRoots });
  const inputs = strictInputs(workspace);
  const projectWorkspace = cache3 === null ? inputs.workspace : cache3.recording(inputs.workspace);
  const loadProjects = () => eachWithin(
    appRoots,
    (root) => {
      inputs.strict = true;
      try {
        const project = loadProject(projectWorkspace, root, load);
        project.configReadsEnv("");
        return project;
      } finally {
        inputs.strict = false;
      }
    },
    (root) => {
      const file = configFileBeingParsed();
      const what = file !== null ? `the config file ${file}` : `a config file of ${root || "the app"}`;
      throw new UsageError(
        `The PHP parser did not finish on ${what} (it loops on a few broken texts, such as a file ending in \`enum\` or \`#[\`); check it with \`php -l\`.`
      );
    },
    request.timeLimits
  );
  const pending = [];
  const suppressions = [];
  const texts = /* @__PURE__ */ new Map();
  let parseErrorFiles = 0;
  let fileCount = 0;
  const candidates = scope === null ? workspace.list("") : [...scope.keys()].sort();
  const phpFiles = candidates.filter(
    (p) => PHP_FILE.test(p) && !hasNeverScannedSegment(p) && !ignored(p) && (scope === null || !inNeverScannedAppDir(workspace, p))
  );
  const unlistedReports = [];
  if (scope === null) {
    for (const [dir, why] of workspace.unlisted?.() ?? []) {
      if (dir === "" || ignored(dir) || ignored(`${dir}/`)) continue;
      unlistedReports.push({
        meta: parseErrorRule,
        report: {
          path: dir,
          span: wholeFileSpan(),
          message: `Not audited: the folder could not be listed (${why}), so none of the files in it was audited.`,
          evidence: [],
          fingerprintKey: "unlisted-folder"
        },
        capAtNotice: false
      });
    }
  }
  cache3?.open(workspace);
  const unchanged = cache3?.unchangedBySignature(phpFiles, workspace, mode) ?? /* @__PURE__ */ new Map();
  const rest = unchanged.size === 0 ? phpFiles : phpFiles.filter((p) => !unchanged.has(p));
  const rules = codeRules.filter((rule) => enabled(rule.meta));
  const settings = {
    projects: [],
    rules,
    triggers: new Prefilter(rules, { gate: optimise.literalGate }),
    // A changed file is always parsed, so that its syntax errors are reported.
    prefilter: optimise.prefilter && scope === null,
    ruleTriggers: optimise.ruleTriggers,
    // Like the pre-filter, never in a scope: a changed file's syntax errors are all reported.
    sliceBodies: optimise.sliceBodies && scope === null
  };
  const storedProject = cache3?.storedProject() ?? null;
  let projects = storedProject === null ? loadProjects() : null;
  const screened = /* @__PURE__ */ new Map();
  let toAnalyse = rest;
  if (projects === null && cache3 !== null && rest.length > 0) {
    const results = eachWithin(
      rest,
      (path5) => cache3.outcome(
        path5,
        workspace,
        mode,
        (text) => screenFile(path5, text, settings, whyNotRead(path5, text))
      ),
      () => null,
      request.timeLimits
    );
    rest.forEach((path5, i) => {
      const result = results[i];
      if (result !== null) screened.set(path5, result);
    });
    toAnalyse = rest.filter((path5) => !screened.has(path5));
  }
  if (projects === null && toAnalyse.length > 0) projects = loadProjects();
  settings.projects = projects ?? [];
  if (projects !== null) {
    progress(`Laravel apps: ${projects.map(appLabel).join(", ")}`);
    const projectReports = projects.flatMap((project) => projectFindings(project, enabled));
    pending.push(...projectReports);
    cache3?.storeProject({
      apps: projects.map(appLabel).join(", "),
      envFiles: projects.flatMap((p) => p.envFiles),
      reports: projectReports
    });
  } else if (storedProject !== null) {
    progress(`Laravel apps: ${storedProject.apps}`);
    pending.push(...storedProject.reports);
  }
  const envFiles = new Set(projects?.flatMap((p) => p.envFiles) ?? storedProject?.envFiles ?? []);
  for (const envFile of envFiles) {
    const text = workspace.read(envFile);
    if (text === null) continue;
    fileCount++;
    texts.set(envFile, text);
    suppressions.push(...suppressionsInEnv(envFile, text));
  }
  progress(
    `Analysing ${phpFiles.length} PHP and Blade file(s)${scope === null ? "" : " changed in this range"}`
  );
  let skipped = 0;
  const auditFileAt = (path5, alone) => {
    const text = workspace.read(path5);
    aloneIfLarge(text, alone);
    return auditFile(path5, text, settings, whyNotRead(path5, text));
  };
  const analysed = eachWithin(
    toAnalyse,
    (path5, alone) => cache3 === null ? auditFileAt(path5, alone) : cache3.outcome(path5, workspace, mode, (text) => {
      aloneIfLarge(text, alone);
      return auditFile(path5, text, settings, whyNotRead(path5, text));
    }),
    (path5) => parserHung(path5, workspace.read(path5)),
    request.timeLimits
  );
  let nextAnalysed = 0;
  const outcomes = unchanged.size + screened.size === 0 ? analysed : phpFiles.map((p) => unchanged.get(p) ?? screened.get(p) ?? analysed[nextAnalysed++]);
  for (const outcome of outcomes) {
    const path5 = outcome.path;
    if (!outcome.read && scope !== null && !workspace.isFile(path5) && !workspace.failure?.(path5)) continue;
    if (outcome.read) fileCount++;
    if (outcome.parseError) parseErrorFiles++;
    if (outcome.skipped) skipped++;
    if (outcome.text !== null) texts.set(path5, outcome.text);
    pending.push(...outcome.reports);
    suppressions.push(...outcome.suppressions);
  }
  if (cache3 !== null) {
    cache3.save(scope !== null);
    progress(`${cache3.stats.hits} file(s) unchanged since the cached run; ${cache3.stats.misses} analysed`);
  }
  if (skipped > 0)
    progress(
      `${skipped} file(s) contain nothing any rule looks for and were not parsed (README "Performance")`
    );
  pending.push(...unlistedReports);
  const findingsOf = (reports) => toFindings(reports, configured, (path5) => texts.get(path5) ?? workspace.read(path5), request.previousPaths);
  const findings = findingsOf(pending).filter((f) => !ignored(f.path));
  const activeSuppressions = suppressions.filter((s) => !ignored(s.path));
  const { matches, used } = matchSuppressions(findings, activeSuppressions);
  const kept = [];
  const suppressed = [];
  findings.forEach((finding, i) => {
    const s = matches[i];
    if (s) suppressed.push({ ...finding, suppressed: { reason: s.reason ?? "", path: s.path, line: s.line } });
    else kept.push(finding);
  });
  const knownIds = new Set(allRuleMetas().map((m) => m.id));
  const metaPending = [];
  for (const s of activeSuppressions) {
    const span = { line: s.line, column: s.column, endLine: s.line, endColumn: s.endColumn };
    if (s.reason === null && enabled(suppressionWithoutReasonRule)) {
      metaPending.push({
        meta: suppressionWithoutReasonRule,
        report: {
          path: s.path,
          span,
          message: `Suppression of ${s.ruleIds.join(", ")} gives no reason: add " -- <why this is safe>".`,
          evidence: [],
          fingerprintKey: `reasonless:${s.ruleIds.join(",")}`
        },
        capAtNotice: false
      });
    }
    for (const id of s.ruleIds) {
      if (used.has(usageKey(s, id)) || !enabled(unusedSuppressionRule)) continue;
      const why = knownIds.has(id) ? `${id} reports nothing on line ${s.targetLine}` : `"${id}" is not a rule id of stateless-audit`;
      metaPending.push({
        meta: unusedSuppressionRule,
        report: {
          path: s.path,
          span,
          message: `Unused suppression: ${why}. Remove it so it cannot hide a future finding.`,
          evidence: [],
          fingerprintKey: `unused:${id}`
        },
        capAtNotice: false
      });
    }
  }
  kept.push(...findingsOf(metaPending));
  const inChange = [];
  const outOfScope = [];
  for (const f of kept)
    (inScope(f, request.filterMode, scope, FILE_LEVEL_RULES.has(f.ruleId)) ? inChange : outOfScope).push(f);
  const byLocation = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1);
  inChange.sort(byLocation);
  outOfScope.sort(byLocation);
  suppressed.sort(byLocation);
  const count = (s) => inChange.filter((f) => f.severity === s).length;
  return {
    tool: { name: "stateless-audit", version: request.version },
    root: request.root,
    findings: inChange,
    suppressed,
    outOfScope,
    rules: allRuleMetas(),
    summary: {
      files: fileCount,
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice"),
      parseErrors: parseErrorFiles,
      durationMs: Math.round(performance.now() - started),
      ...cache3 !== null ? { cachedFiles: cache3.stats.hits } : {}
    }
  };
}
function appLabel(project) {
  return `${project.root || "."} (Laravel ${project.frameworkMajor ?? "version unknown"})`;
}
function projectFindings(project, enabled) {
  const pending = [];
  for (const rule of projectRules) {
    if (!enabled(rule.meta)) continue;
    try {
      for (const report of rule.check(project)) pending.push({ meta: rule.meta, report, capAtNotice: false });
    } catch (err) {
      const where = project.envFiles[0] ?? (project.root === "" ? "composer.json" : `${project.root}/composer.json`);
      pending.push({
        meta: internalErrorRule,
        report: {
          path: where,
          span: wholeFileSpan(),
          message: `Rule ${rule.meta.id} failed on this app (${err.message}); other rules still ran. Please report this.`,
          evidence: [],
          fingerprintKey: `internal-error:${rule.meta.id}`
        },
        capAtNotice: false
      });
    }
  }
  return pending;
}
function toFindings(pending, configured, textOf, previousPaths) {
  const lines = /* @__PURE__ */ new Map();
  const lineText2 = (path5, line) => {
    let l = lines.get(path5);
    if (!l) {
      l = (textOf(path5) ?? "").split("\n");
      lines.set(path5, l);
    }
    return l[line - 1] ?? "";
  };
  const keys = pending.map(({ meta, report }) => ({
    ruleId: meta.id,
    path: report.path,
    key: report.fingerprintKey ?? normaliseSnippet(lineText2(report.path, report.span.line)),
    line: report.span.line,
    column: report.span.column
  }));
  const prints = fingerprints(keys);
  const renamed = previousPaths !== void 0 && keys.some((k) => previousPaths.has(k.path));
  const previous = renamed ? fingerprints(keys.map((k) => ({ ...k, path: previousPaths.get(k.path) ?? k.path }))) : null;
  return pending.map(({ meta, report, capAtNotice }, i) => {
    const setting = configured(meta);
    let severity = setting !== void 0 && setting !== "off" ? setting : report.severity ?? meta.defaultSeverity;
    if (capAtNotice) severity = lowerOf(severity, "notice");
    const finding = {
      ruleId: meta.id,
      severity,
      path: report.path,
      line: report.span.line,
      column: report.span.column,
      endLine: report.span.endLine,
      endColumn: report.span.endColumn,
      message: report.message,
      fingerprint: prints[i],
      evidence: report.evidence
    };
    if (report.suggestion !== void 0) finding.suggestion = report.suggestion;
    if (previous !== null && previousPaths?.has(report.path) === true)
      finding.previousFingerprint = previous[i];
    return finding;
  });
}
function strictInputs(workspace) {
  const inputs = {
    strict: false,
    workspace: {
      read: (path5) => {
        const text = workspace.read(path5);
        const why = text === null && inputs.strict ? workspace.failure?.(path5) ?? null : null;
        if (why !== null) {
          throw new UsageError(
            `cannot read ${path5}: ${why}. The app's settings are resolved from it, so the audit stops rather than report on wrong settings.`
          );
        }
        return text;
      },
      isFile: (path5) => workspace.isFile(path5),
      list: (dir) => {
        const listing = workspace.list(dir);
        if (!inputs.strict) return listing;
        const own = workspace.failure?.(dir) ?? null;
        const unlisted = own === null ? [] : [[dir, own]];
        for (const [sub, why] of workspace.unlisted?.() ?? []) {
          if (sub !== dir && (dir === "" || sub.startsWith(`${dir}/`))) unlisted.push([sub, why]);
        }
        if (unlisted.length > 0) {
          const [path5, why] = unlisted[0];
          throw new UsageError(
            `cannot list the folder ${path5 === "" ? "." : path5}: ${why}. The app's settings are read from the files in it, so the audit stops rather than report on wrong settings.`
          );
        }
        return listing;
      },
      signature: workspace.signature?.bind(workspace),
      failure: workspace.failure?.bind(workspace),
      unlisted: workspace.unlisted?.bind(workspace)
    }
  };
  return inputs;
}
function listingOnce(workspace) {
  const listings = /* @__PURE__ */ new Map();
  return {
    read: (path5) => workspace.read(path5),
    isFile: (path5) => workspace.isFile(path5),
    signature: workspace.signature?.bind(workspace),
    failure: workspace.failure?.bind(workspace),
    unlisted: workspace.unlisted?.bind(workspace),
    list: (dir) => {
      let listing = listings.get(dir);
      if (listing === void 0) {
        listing = workspace.list(dir);
        listings.set(dir, listing);
      }
      return [...listing];
    }
  };
}

// src/engine/git-scope.ts
import { execFileSync } from "node:child_process";
import { lstatSync as lstatSync2, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
function git(dir, args) {
  return execFileSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
    env: gitDiffEnv(process.env)
  });
}
function gitMessage(err) {
  const stderr = String(err.stderr ?? "").trim();
  const text = stderr === "" ? err.message : stderr.split("\n").slice(0, 2).join("; ");
  return text.endsWith(".") ? text : `${text}.`;
}
function gitScope(dir, base) {
  let inWorkTree = false;
  try {
    inWorkTree = git(dir, ["rev-parse", "--is-inside-work-tree"]).trim() === "true";
  } catch {
  }
  if (!inWorkTree) throw new UsageError(`--base needs a git work tree, and ${dir} is not inside one.`);
  let baseSha;
  try {
    baseSha = git(dir, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]).trim();
  } catch {
    throw new UsageError(
      `--base: "${base}" is not a commit in this repository (fetch it first, e.g. git fetch origin ${base}).`
    );
  }
  let from = "";
  try {
    from = git(dir, ["merge-base", baseSha, "HEAD"]).trim();
  } catch {
  }
  if (from === "") {
    if (git(dir, ["rev-parse", "--is-shallow-repository"]).trim() === "true") {
      throw new UsageError(
        `--base: no merge base of "${base}" and HEAD in this shallow clone; fetch more history (git fetch --deepen=100, or git fetch --unshallow) and run again.`
      );
    }
    from = baseSha;
  }
  const prefix = git(dir, ["rev-parse", "--show-prefix"]).replace(/\n$/, "");
  let diff;
  try {
    diff = git(dir, ["-c", "diff.relative=false", "diff", ...GIT_DIFF_ARGS, from]);
  } catch (err) {
    throw new UsageError(`--base: git diff failed: ${gitMessage(err)}`);
  }
  const scope = /* @__PURE__ */ new Map();
  for (const file of parseUnifiedDiff(diff)) {
    if (file.newPath === null || !file.newPath.startsWith(prefix)) continue;
    scope.set(file.newPath.slice(prefix.length), fileScope(file.hunks));
  }
  const untracked = git(dir, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0").filter(Boolean);
  for (const path5 of untracked) {
    if (hasNeverScannedSegment(path5)) continue;
    const lineCount = untrackedLines(join2(dir, path5));
    if (lineCount === null) continue;
    const lines = new Set(Array.from({ length: lineCount }, (_, i) => i + 1));
    scope.set(path5, { added: lines, context: /* @__PURE__ */ new Set() });
  }
  return scope;
}
function untrackedLines(abs) {
  try {
    const stat = lstatSync2(abs);
    if (!stat.isFile()) return null;
    if (stat.size > MAX_FILE_BYTES) return 1;
    const bytes = readFileSync2(abs);
    let newlines = 0;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) newlines++;
    return newlines + 1;
  } catch {
    return 1;
  }
}

// src/engine/run.ts
function failsOn(findings, failOn) {
  if (failOn === "never") return false;
  return findings.some((f) => severityRank(f.severity) <= severityRank(failOn));
}
function findConfigFile(root) {
  const start = path3.resolve(root);
  const own = path3.join(start, CONFIG_FILE_NAME);
  if (existsSync(own)) return own;
  const above = [];
  for (let dir = start; ; ) {
    if (existsSync(path3.join(dir, ".git"))) {
      for (const candidate of above) if (existsSync(candidate)) return candidate;
      return null;
    }
    const parent = path3.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
    above.push(path3.join(dir, CONFIG_FILE_NAME));
  }
}
function loadConfig(root, configFile) {
  const file = configFile ?? findConfigFile(root);
  if (file === null) return DEFAULT_CONFIG;
  let text;
  try {
    text = readFileSync3(file, "utf8");
  } catch {
    throw new UsageError(`config file ${file} cannot be read (does it exist?).`);
  }
  return parseConfig(text, path3.relative(process.cwd(), file) || file, allRuleIds());
}
async function runAudit(options) {
  const startedAt = performance.now();
  const root = path3.resolve(options.root);
  let stat;
  try {
    stat = statSync2(root);
  } catch {
    throw new UsageError(`${options.root} does not exist.`);
  }
  if (!stat.isDirectory())
    throw new UsageError(`${options.root} is not a directory: give the Laravel app's folder.`);
  const config = loadConfig(root, options.configFile);
  const scope = options.scope !== void 0 ? options.scope : options.base === null ? null : gitScope(root, options.base);
  return audit({
    workspace: options.workspace ?? new FsWorkspace(root),
    root,
    version: TOOL_VERSION,
    config,
    scope,
    filterMode: options.base === null && options.scope == null ? "all" : options.filterMode,
    progress: options.progress,
    cache: options.cache,
    startedAt,
    previousPaths: options.previousPaths
  });
}

// src/report/result.ts
function compareByLocation(a, b) {
  return compareStrings(a.path, b.path) || a.line - b.line || a.column - b.column || severityRank(a.severity) - severityRank(b.severity) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.fingerprint, b.fingerprint);
}
function compareBySeverity(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || compareByLocation(a, b);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function normalizePathPrefix(prefix) {
  if (prefix === void 0) return "";
  const posix3 = prefix.replace(/\\/g, "/");
  if (posix3.startsWith("/") || /^[A-Za-z]:/.test(posix3)) {
    throw new Error(`path prefix must be relative to the repository root, got "${prefix}"`);
  }
  const parts = [];
  for (const part of posix3.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") throw new Error(`path prefix must stay inside the repository, got "${prefix}"`);
    parts.push(part);
  }
  return parts.join("/");
}
function joinPrefix(prefix, path5) {
  return prefix === "" ? path5 : `${prefix}/${path5}`;
}

// src/report/json.ts
function toJsonReport(result) {
  const { files, errors, warnings, notices, parseErrors, durationMs } = result.summary;
  return {
    tool: { name: result.tool.name, version: result.tool.version },
    findings: sorted(result.findings).map(toJsonFinding),
    suppressed: sorted(result.suppressed).map(toJsonFinding),
    outOfScope: sorted(result.outOfScope).map(toJsonFinding),
    summary: {
      files,
      errors,
      warnings,
      notices,
      parseErrors,
      durationMs,
      suppressed: result.suppressed.length,
      outOfScope: result.outOfScope.length,
      ...result.summary.cachedFiles !== void 0 ? { cachedFiles: result.summary.cachedFiles } : {}
    }
  };
}
function toJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}
function sorted(findings) {
  return [...findings].sort(compareByLocation);
}
function toJsonFinding(finding) {
  const out = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    message: finding.message,
    fingerprint: finding.fingerprint,
    evidence: finding.evidence.map(toJsonEvidence)
  };
  if (finding.suggestion !== void 0) out.suggestion = finding.suggestion;
  if (finding.suppressed !== void 0) {
    const { reason, path: path5, line } = finding.suppressed;
    out.suppression = { reason, path: path5, line };
  }
  return out;
}
function toJsonEvidence(evidence) {
  return { path: evidence.path, line: evidence.line, note: evidence.note };
}

// src/report/sarif.ts
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_VERSION = "2.1.0";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "statelessAudit/v1";
var GITHUB_MAX_RESULTS_PER_RUN = 25e3;
var GITHUB_MAX_LOCATIONS_PER_RESULT = 1e3;
var DEFAULT_INFORMATION_URI = "https://www.npmjs.com/package/laravel-stateless-audit";
function toSarif(result, options) {
  const docsBaseUrl = options.docsBaseUrl.endsWith("/") ? options.docsBaseUrl : `${options.docsBaseUrl}/`;
  const prefix = normalizePathPrefix(options.pathPrefix);
  const maxResults = options.maxResults ?? GITHUB_MAX_RESULTS_PER_RUN;
  const rules = ruleDescriptors(result, docsBaseUrl);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const ranked = [
    ...[...result.findings].sort(compareBySeverity).map((f) => [f, "in-diff"]),
    ...[...result.suppressed].sort(compareBySeverity).map((f) => [f, "suppressed"]),
    ...[...result.outOfScope].sort(compareBySeverity).map((f) => [f, "outside-diff"])
  ];
  const kept = ranked.slice(0, Math.max(0, maxResults));
  const omitted = ranked.length - kept.length;
  const run = {
    tool: {
      driver: {
        name: result.tool.name,
        version: result.tool.version,
        semanticVersion: result.tool.version,
        informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI,
        rules
      }
    },
    originalUriBaseIds: {
      [SRCROOT]: { uri: directoryUri(repositoryRoot(result.root, prefix)) }
    },
    columnKind: "utf16CodeUnits",
    invocations: [
      {
        executionSuccessful: true,
        ...omitted > 0 && {
          toolExecutionNotifications: [
            {
              level: "warning",
              message: {
                text: `${plural(omitted, "result")} left out: GitHub code scanning accepts at most ${maxResults} results per run.`
              }
            }
          ]
        }
      }
    ],
    results: kept.map(
      ([finding, scope]) => toResult(finding, scope, ruleIndex.get(finding.ruleId) ?? 0, prefix)
    ),
    properties: {
      "statelessAudit/files": result.summary.files,
      "statelessAudit/parseErrors": result.summary.parseErrors,
      "statelessAudit/durationMs": result.summary.durationMs,
      "statelessAudit/omittedResults": omitted
    }
  };
  return { $schema: SARIF_SCHEMA_URI, version: SARIF_VERSION, runs: [run] };
}
function sarifLevel(severity) {
  return severity === "notice" ? "note" : severity;
}
function problemSeverity(severity) {
  return severity === "notice" ? "recommendation" : severity;
}
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((part) => part !== "").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function ruleDescriptors(result, docsBaseUrl) {
  const descriptors = [];
  const seen = /* @__PURE__ */ new Set();
  for (const meta of result.rules) {
    if (seen.has(meta.id)) continue;
    seen.add(meta.id);
    descriptors.push(ruleDescriptor(meta, docsBaseUrl));
  }
  for (const finding of [...result.findings, ...result.suppressed, ...result.outOfScope]) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    descriptors.push({
      id: finding.ruleId,
      name: ruleName(finding.ruleId),
      shortDescription: { text: finding.ruleId },
      helpUri: `${docsBaseUrl}${encodeURIComponent(finding.ruleId)}.md`,
      defaultConfiguration: { level: sarifLevel(finding.severity) },
      properties: { tags: ["laravel", "stateless"], "problem.severity": problemSeverity(finding.severity) }
    });
  }
  return descriptors;
}
function ruleDescriptor(meta, docsBaseUrl) {
  const helpUri = `${docsBaseUrl}${encodeURIComponent(meta.id)}.md`;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.help },
    help: {
      text: `${meta.summary}

${meta.help}

Documentation: ${helpUri}`,
      markdown: `**${escapeMarkdown(meta.summary)}**

${escapeMarkdown(meta.help)}

[Documentation](${helpUri})`
    },
    helpUri,
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: {
      tags: ["laravel", "stateless", `${meta.level}-rule`],
      // Meta rules (parse errors, suppression hygiene) are certain; the others read code statically.
      precision: meta.level === "meta" ? "very-high" : "high",
      "problem.severity": problemSeverity(meta.defaultSeverity)
    }
  };
}
function toResult(finding, scope, ruleIndex, prefix) {
  const evidence = finding.evidence.slice(0, GITHUB_MAX_LOCATIONS_PER_RESULT - 1);
  const result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: messageText(finding.message, evidence) },
    locations: [{ physicalLocation: physicalLocation(prefix, finding.path, findingRegion(finding)) }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: { "statelessAudit/scope": scope }
  };
  if (evidence.length > 0) {
    result.relatedLocations = evidence.map((step, index) => ({
      id: index + 1,
      physicalLocation: physicalLocation(prefix, step.path, { startLine: Math.max(1, step.line) }),
      message: { text: step.note }
    }));
  }
  if (finding.suppressed !== void 0) {
    const suppression = {
      kind: "inSource",
      justification: finding.suppressed.reason,
      location: {
        physicalLocation: physicalLocation(prefix, finding.suppressed.path, {
          startLine: Math.max(1, finding.suppressed.line)
        })
      }
    };
    result.suppressions = [suppression];
  }
  return result;
}
function messageText(message, evidence) {
  const lines = [escapeMessage(message)];
  evidence.forEach((step, index) => {
    lines.push(`\u21B3 [${escapeLinkText(`${step.path}:${step.line}`)}](${index + 1}) ${escapeMessage(step.note)}`);
  });
  return lines.join("\n");
}
function escapeMessage(text) {
  return /\[[^\]]*\]\(/.test(text) ? text.replace(/[[\]]/g, "\\$&") : text;
}
function escapeLinkText(text) {
  return text.replace(/[\\[\]]/g, "\\$&");
}
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>]/g, "\\$&");
}
function findingRegion(finding) {
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  const endLine = Math.max(startLine, finding.endLine);
  const endColumn = Math.max(1, finding.endColumn);
  return {
    startLine,
    startColumn,
    endLine,
    endColumn: endLine === startLine ? Math.max(startColumn, endColumn) : endColumn
  };
}
function physicalLocation(prefix, path5, region) {
  return { artifactLocation: { uri: relativeUri(joinPrefix(prefix, path5)), uriBaseId: SRCROOT }, region };
}
function relativeUri(path5) {
  return path5.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function repositoryRoot(root, prefix) {
  if (prefix === "") return resolve(root);
  return resolve(root, ...prefix.split("/").map(() => ".."));
}
function directoryUri(path5) {
  const href = pathToFileURL(path5).href;
  return href.endsWith("/") ? href : `${href}/`;
}

// src/report/text.ts
var ANSI = {
  red: ["\x1B[31m", "\x1B[39m"],
  yellow: ["\x1B[33m", "\x1B[39m"],
  cyan: ["\x1B[36m", "\x1B[39m"],
  green: ["\x1B[32m", "\x1B[39m"],
  bold: ["\x1B[1m", "\x1B[22m"],
  dim: ["\x1B[2m", "\x1B[22m"]
};
var SEVERITY_STYLE = { error: "red", warning: "yellow", notice: "cyan" };
var SEVERITY_WIDTH = "warning".length;
var EVIDENCE_INDENT = "    ";
function toText(result, options) {
  const paint = (style, text) => options.color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
  const out = [];
  for (const group of groupByPath([...result.findings].sort(compareByLocation))) {
    const locations = group.map((f) => printable(`${f.path}:${f.line}:${f.column}`, false));
    const locationWidth = Math.max(...locations.map((l) => l.length));
    const ruleWidth = Math.max(...group.map((f) => f.ruleId.length));
    group.forEach((finding, index) => {
      const [first = "", ...rest] = printable(finding.message).split("\n");
      out.push(
        [
          locations[index].padEnd(locationWidth),
          paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(SEVERITY_WIDTH)),
          paint("dim", printable(finding.ruleId).padEnd(ruleWidth)),
          first
        ].join("  ")
      );
      for (const line of rest) out.push(`${EVIDENCE_INDENT}${line}`);
      for (const step of finding.evidence) {
        const where = printable(`${step.path}:${step.line}`, false);
        out.push(paint("dim", `${EVIDENCE_INDENT}\u21B3 ${where}  ${printable(step.note).replace(/\n/g, " ")}`));
      }
    });
    out.push("");
  }
  out.push(summaryLine(result, paint));
  return `${out.join("\n")}
`;
}
function summaryLine(result, paint = (_style, text) => text) {
  const { errors, warnings, notices, files, parseErrors, durationMs } = result.summary;
  const counts = [
    errors > 0 ? paint("red", plural(errors, "error")) : plural(errors, "error"),
    warnings > 0 ? paint("yellow", plural(warnings, "warning")) : plural(warnings, "warning"),
    notices > 0 ? paint("cyan", plural(notices, "notice")) : plural(notices, "notice")
  ].join(", ");
  const parts = [`${counts} in ${plural(files, "file")} (${(durationMs / 1e3).toFixed(2)} s)`];
  if (parseErrors > 0) parts.push(`${plural(parseErrors, "file")} could not be parsed`);
  const cached = result.summary.cachedFiles;
  if (cached !== void 0 && cached > 0) parts.push(`${cached} unchanged since the cached run`);
  if (result.suppressed.length > 0) parts.push(`${result.suppressed.length} suppressed`);
  if (result.outOfScope.length > 0) parts.push(`${result.outOfScope.length} not introduced by this change`);
  const line = parts.join("; ");
  return errors + warnings + notices === 0 ? paint("green", line) : line;
}
function groupByPath(findings) {
  const groups = [];
  for (const finding of findings) {
    const last = groups[groups.length - 1];
    if (last !== void 0 && last[0].path === finding.path) last.push(finding);
    else groups.push([finding]);
  }
  return groups;
}
function printable(text, keepLineBreaks = true) {
  const controls = keepLineBreaks ? (
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g
  ) : (
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f]/g
  );
  return text.replace(controls, (c) => {
    return `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
  });
}

// src/report/workflow-commands.ts
var GITHUB_ANNOTATIONS_PER_TYPE = 10;
function toWorkflowCommands(findings, options = {}) {
  const cap = options.maxPerSeverity ?? GITHUB_ANNOTATIONS_PER_TYPE;
  const maxPerSeverity = typeof cap === "number" ? { error: cap, warning: cap, notice: cap } : cap;
  const prefix = normalizePathPrefix(options.pathPrefix);
  const docsBaseUrl = options.docsBaseUrl === void 0 || options.docsBaseUrl.endsWith("/") ? options.docsBaseUrl : `${options.docsBaseUrl}/`;
  const shownBySeverity = { error: 0, warning: 0, notice: 0 };
  const omittedBySeverity = { error: 0, warning: 0, notice: 0 };
  const lines = [];
  const shownFindings = [];
  for (const finding of [...findings].sort(compareBySeverity)) {
    if (shownBySeverity[finding.severity] >= maxPerSeverity[finding.severity]) {
      omittedBySeverity[finding.severity]++;
      continue;
    }
    shownBySeverity[finding.severity]++;
    lines.push(annotation(finding, prefix, docsBaseUrl));
    shownFindings.push(finding);
  }
  const sum = (counts) => SEVERITIES.reduce((n, s) => n + counts[s], 0);
  return {
    lines,
    shownFindings,
    shown: sum(shownBySeverity),
    omitted: sum(omittedBySeverity),
    omittedBySeverity
  };
}
function annotation(finding, prefix = "", docsBaseUrl) {
  const properties = [
    ["file", joinPrefix(prefix, finding.path)],
    ["line", finding.line],
    ["endLine", Math.max(finding.line, finding.endLine)]
  ];
  if (finding.endLine <= finding.line) {
    properties.push(["col", finding.column], ["endColumn", Math.max(finding.column, finding.endColumn)]);
  }
  properties.push(["title", finding.ruleId]);
  const message = [finding.message];
  for (const step of finding.evidence)
    message.push(`\u21B3 ${joinPrefix(prefix, step.path)}:${step.line}  ${step.note}`);
  if (docsBaseUrl !== void 0) message.push(`${docsBaseUrl}${encodeURIComponent(finding.ruleId)}.md`);
  return workflowCommand(finding.severity, properties, message.join("\n"));
}
function workflowCommand(command, properties, data) {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command}${props === "" ? "" : ` ${props}`}::${escapeData(data)}`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/cli-main.ts
var FORMATS = ["text", "json", "sarif", "github"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var FILTER_MODES = ["added", "diff-context", "file", "all"];
var USAGE = `Usage: stateless-audit [PATH] [options]

Audits a Laravel app (or a repository holding several) for state kept on one server.

Options:
  --base REF            only files changed since REF (git), findings on changed lines only
  --filter-mode MODE    with --base: added (default), diff-context, file, all
  --format FORMAT       text (default), json, sarif, github
  --fail-on LEVEL       error (default), warning, notice, never: exit 1 when a finding is at or above it
  --config FILE         config file (default: PATH/stateless-audit.json, else the nearest
                        stateless-audit.json above PATH, up to the repository root)
  --output FILE         write the report to FILE instead of standard output
  --cache               reuse the results of the last run for files that did not change
                        (kept in the system's temp directory; see README "Result cache")
  --cache-file FILE     keep that cache in FILE (implies --cache)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 no finding at or above --fail-on, 1 there is one, 2 usage or internal error.
`;
function oneOf(value, allowed, flag, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${value}".`);
  }
  return value;
}
var OPTIONS = {
  base: { type: "string" },
  format: { type: "string" },
  "fail-on": { type: "string" },
  "filter-mode": { type: "string" },
  config: { type: "string" },
  output: { type: "string" },
  cache: { type: "boolean" },
  "cache-file": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function isOurOption(arg) {
  if (arg.startsWith("--")) return Object.hasOwn(OPTIONS, arg.slice(2).split("=")[0]);
  return Object.values(OPTIONS).some((o) => "short" in o && arg === `-${o.short}`);
}
function argumentError(err, argv) {
  const code2 = err.code;
  const { tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const known = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name] : null;
    if (code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && known === null) return `unknown option ${token.rawName}.`;
    if (code2 !== "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" || known === null) continue;
    const flag = `--${token.name}`;
    if (known.type === "boolean") {
      if (token.value !== void 0) return `${flag} does not take a value.`;
      continue;
    }
    if (token.value === void 0) return `${flag} needs a value.`;
    if (!token.inlineValue && /^-./.test(token.value)) {
      return isOurOption(token.value) ? `${flag} needs a value.` : `${flag} needs a value (to pass one that starts with a dash, write ${flag}=${token.value}).`;
    }
  }
  const first = err.message.split("\n")[0].trim();
  return first.endsWith(".") ? first : `${first}.`;
}
function parseCliArgs(argv) {
  let parsed2;
  try {
    parsed2 = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    throw new UsageError(`${argumentError(err, argv)}
Run stateless-audit --help for the options.`);
  }
  const { values, positionals } = parsed2;
  if (values.help) return "help";
  if (values.version) return "version";
  if (positionals.length > 1) {
    throw new UsageError(`expected one PATH, got ${positionals.length}: ${positionals.join(" ")}.`);
  }
  if (positionals[0] === "") throw new UsageError("PATH is empty.");
  for (const flag of ["base", "config", "output", "cache-file"]) {
    if (values[flag] === "") throw new UsageError(`--${flag} needs a value.`);
  }
  if (values["filter-mode"] !== void 0 && values.base === void 0) {
    throw new UsageError("--filter-mode only applies with --base REF.");
  }
  return {
    path: positionals[0] ?? ".",
    base: values.base ?? null,
    format: oneOf(values.format, FORMATS, "--format", "text"),
    failOn: oneOf(values["fail-on"], FAIL_ON, "--fail-on", "error"),
    filterMode: oneOf(values["filter-mode"], FILTER_MODES, "--filter-mode", "added"),
    config: values.config ?? null,
    output: values.output ?? null,
    cacheFile: values["cache-file"] ?? (values.cache === true ? "" : null)
  };
}
var OUTPUT_REASONS = {
  ENOENT: "no such directory",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EPIPE: "the pipe was closed by the program reading it",
  EIO: "an input/output error"
};
function reasonOf(err) {
  const code2 = err.code;
  return code2 !== void 0 && Object.hasOwn(OUTPUT_REASONS, code2) ? OUTPUT_REASONS[code2] : err.message;
}
function stdoutFailure(err) {
  return `cannot write the report to standard output: ${reasonOf(err)}.`;
}
function outputError(shown, err) {
  return new UsageError(`cannot write --output ${shown}: ${reasonOf(err)}.`);
}
function checkOutput(file, shown) {
  let stat;
  try {
    stat = statSync3(file, { throwIfNoEntry: false });
    if (stat === void 0) {
      const parent = path4.dirname(file);
      if (!statSync3(parent).isDirectory())
        throw new UsageError(`cannot write --output ${shown}: ${OUTPUT_REASONS.ENOTDIR}.`);
      accessSync(parent, constants3.W_OK);
    } else {
      accessSync(file, constants3.W_OK);
    }
  } catch (err) {
    throw err instanceof UsageError ? err : outputError(shown, err);
  }
  if (stat?.isDirectory()) throw new UsageError(`cannot write --output ${shown}: ${OUTPUT_REASONS.EISDIR}.`);
}
function inside(top, dir) {
  const rel = path4.relative(top, dir);
  if (rel === ".." || rel.startsWith(`..${path4.sep}`) || path4.isAbsolute(rel)) return null;
  return rel.split(path4.sep).join("/");
}
function realpath(dir) {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}
function repositoryPrefix(root, env2) {
  const tops = [
    () => env2.GITHUB_WORKSPACE ? path4.resolve(env2.GITHUB_WORKSPACE) : null,
    () => {
      try {
        const top = execFileSync2("git", ["-C", root, "rev-parse", "--show-toplevel"], {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"]
        }).trim();
        return top === "" ? null : top;
      } catch {
        return null;
      }
    }
  ];
  for (const topOf of tops) {
    const top = topOf();
    if (top === null) continue;
    const direct = inside(top, root);
    if (direct !== null) return { prefix: direct, root };
    const realRoot = realpath(root);
    const real = inside(realpath(top), realRoot);
    if (real !== null) return { prefix: real, root: realRoot };
  }
  return { prefix: "", root };
}
var processIo = {
  stdout: (t) => {
    try {
      process.stdout.write(t);
    } catch (err) {
      throw new UsageError(stdoutFailure(err));
    }
  },
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd()
};
async function main(argv, io = processIo) {
  try {
    const options = parseCliArgs(argv);
    if (options === "help") {
      io.stdout(USAGE);
      return 0;
    }
    if (options === "version") {
      io.stdout(`stateless-audit ${TOOL_VERSION}
`);
      return 0;
    }
    if (options.output !== null) checkOutput(path4.resolve(io.cwd, options.output), options.output);
    const root = path4.resolve(io.cwd, options.path);
    let cacheFile = null;
    if (options.cacheFile !== null) {
      cacheFile = options.cacheFile === "" ? defaultCacheFile(root, io.tmpdir) : path4.resolve(io.cwd, options.cacheFile);
      if (options.cacheFile !== "") checkCacheFile(cacheFile, options.cacheFile);
    }
    const warn = (message) => io.stderr(`stateless-audit: warning: ${message}
`);
    const result = await runAudit({
      root,
      base: options.base,
      filterMode: options.filterMode,
      configFile: options.config === null ? null : path4.resolve(io.cwd, options.config),
      cache: cacheFile === null ? void 0 : fileCache(cacheFile, warn)
    });
    const color = options.output === null && io.isTty && !io.env.NO_COLOR && io.env.TERM !== "dumb";
    let report;
    switch (options.format) {
      case "json":
        report = toJson(result);
        break;
      case "sarif": {
        const repo = repositoryPrefix(root, io.env);
        const log = toSarif(
          { ...result, root: repo.root },
          { docsBaseUrl: DOCS_BASE_URL, pathPrefix: repo.prefix }
        );
        report = JSON.stringify(log, null, 2) + "\n";
        break;
      }
      case "github": {
        const { prefix } = repositoryPrefix(root, io.env);
        const commands = toWorkflowCommands(result.findings, { maxPerSeverity: Infinity, pathPrefix: prefix });
        report = commands.lines.join("\n") + "\n";
        break;
      }
      default:
        report = toText(result, { color });
    }
    if (options.output !== null) {
      try {
        writeFileSync2(path4.resolve(io.cwd, options.output), report);
      } catch (err) {
        throw outputError(options.output, err);
      }
    } else {
      io.stdout(report);
    }
    return failsOn(result.findings, options.failOn) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`stateless-audit: ${err.message}
`);
    } else {
      const e = err;
      io.stderr(
        `stateless-audit: internal error: ${e.message}
Please report this with the command you ran.
`
      );
      if (io.env.STATELESS_AUDIT_DEBUG) io.stderr(`${e.stack ?? ""}
`);
    }
    return 2;
  }
}

// src/cli.ts
var stdoutFailed = false;
process.stdout.on("error", (err) => {
  if (stdoutFailed) return;
  stdoutFailed = true;
  process.stderr.write(`stateless-audit: ${stdoutFailure(err)}
`);
  process.exitCode = 2;
});
var code = await main(process.argv.slice(2));
process.exitCode = stdoutFailed ? 2 : code;
