import { describe, it, expect } from '@jest/globals'
import { nativePhpSession } from '../../src/rules/native-php-session.js'
import { codeRules } from '../../src/rules/code-rules.js'
import { runRule, starts } from '../../test-support/php.js'

const PATH = 'app/Http/Controllers/CartController.php'
const VIEW = 'resources/views/cart.blade.php'
const run = (text: string, path = PATH) => runRule(nativePhpSession, path, text)

describe('native-php-session', () => {
  it('has the catalogue meta and is registered', () => {
    expect(nativePhpSession.meta).toMatchObject({
      id: 'native-php-session',
      level: 'code',
      defaultSeverity: 'error'
    })
    expect(codeRules).toContain(nativePhpSession)
  })

  describe('fires', () => {
    it.each<[string, string, string, string[]]>([
      ['session_start()', PATH, '<?php\nsession_start();\n', ['2:1']],
      ['SESSION_START() in capitals', PATH, '<?php\nif (!SESSION_START()) {}\n', ['2:6']],
      ['\\session_start() in a namespace', PATH, '<?php\nnamespace App;\n\\session_start();\n', ['3:1']],
      [
        'unqualified session_start() in a namespace (global fallback)',
        PATH,
        '<?php\nnamespace App;\nclass A { function f() { session_start(); } }\n',
        ['3:26']
      ],
      ['session_id() read', PATH, '<?php\n$id = session_id();\n', ['2:7']],
      ['session_id($id) write', PATH, '<?php\nsession_id($request->input("sid"));\n', ['2:1']],
      ['a $_SESSION write', PATH, "<?php\n$_SESSION['cart'] = $items;\n", ['2:1']],
      ['a $_SESSION read', PATH, "<?php\n$cart = $_SESSION['cart'] ?? [];\n", ['2:9']],
      ['a nested $_SESSION append', PATH, "<?php\n$_SESSION['cart']['items'][] = $item;\n", ['2:1']],
      [
        'isset and unset on $_SESSION',
        PATH,
        "<?php\nif (isset($_SESSION['u'])) { unset($_SESSION['u']); }\n",
        ['2:11', '2:36']
      ],
      [
        'the whole $_SESSION array',
        PATH,
        '<?php\n$_SESSION = [];\nforeach ($_SESSION as $k => $v) {}\n',
        ['2:1', '3:10']
      ],
      [
        '$_SESSION in a Blade template',
        VIEW,
        "<p>{{ $_SESSION['name'] ?? '' }}</p>\n@php session_start(); @endphp\n",
        ['1:7', '2:6']
      ],
      [
        'a $_SESSION key read inside another $_SESSION offset',
        PATH,
        "<?php\n$a = $_SESSION[$_SESSION['k']];\n",
        ['2:6', '2:16']
      ]
    ])('%s', (_title, path, text, expected) => {
      expect(starts(run(text, path))).toEqual(expected)
    })
  })

  describe('does not fire', () => {
    it.each<[string, string]>([
      ['$request->session()', "<?php\n$request->session()->put('cart', $items);\n"],
      ['the session() helper', "<?php\nsession(['cart' => $items]); $c = session('cart');\n"],
      [
        'the Session facade',
        "<?php\nuse Illuminate\\Support\\Facades\\Session;\nSession::put('a', 1); Session::getId();\n"
      ],
      ['a method named session_start', '<?php\n$this->session_start(); $handler->session_id();\n'],
      ['a static method named session_start', '<?php\nLegacy::session_start();\n'],
      [
        'a namespaced session_start()',
        '<?php\nnamespace App;\n\\Legacy\\session_start(); namespace\\session_start();\n'
      ],
      [
        'a session_start function imported from elsewhere',
        '<?php\nnamespace App;\nuse function Compat\\session_start;\nsession_start();\n'
      ],
      [
        'a session_start function declared in the namespace',
        '<?php\nnamespace App\\Compat;\nfunction session_start() {}\nsession_start();\n'
      ],
      [
        'other superglobals and look-alike variables',
        "<?php\n$a = $_SERVER['X'] . $_COOKIE['y'] . $session['z'] . $_session['w'];\n"
      ],
      [
        '$_SESSION in comments and strings',
        "<?php\n// $_SESSION['a'] = 1; session_start();\n$s = '$_SESSION[\"a\"]' . 'session_start()';\n"
      ],
      ['session_status() and session_name() alone', '<?php\n$s = session_status();\n'],
      ['a property named _SESSION', "<?php\n$this->_SESSION['a'] = 1; Foo::$_SESSION;\n"]
    ])('%s', (_title, text) => {
      expect(run(text)).toEqual([])
    })

    it('a @php block inside a Blade comment (Blade deletes it with the comment)', () => {
      expect(
        run(
          "{{-- Old code, disabled:\n@php\n    session_start();\n    Storage::disk('local')->put('x', 'y');\n    $p = storage_path('app/x') . '/storage/app/y';\n@endphp\n--}}\n",
          VIEW
        )
      ).toEqual([])
      expect(run("{{-- @php $s = '--}}'; @endphp @php session_start(); @endphp --}}\n", VIEW)).toEqual([])
    })
  })

  describe('reports', () => {
    it('anchors the offset lookup and names the key and the access', () => {
      const [write] = run("<?php\n$_SESSION['cart'] = [];\n")
      expect(write.span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 18 })
      expect(write.message).toMatch(/^\$_SESSION\['cart'\] writes PHP's native session/)
      expect(write.fingerprintKey).toBe('native-session:$_SESSION:cart')
      const [read] = run("<?php\n$x = $_SESSION['cart'];\n")
      expect(read.message).toMatch(/^\$_SESSION\['cart'\] reads/)
    })

    it('names the function for session_start()', () => {
      const [report] = run('<?php\nsession_start();\n')
      expect(report.span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 16 })
      expect(report.message).toContain("session_start() uses PHP's native session")
      expect(report.fingerprintKey).toBe('native-session:session_start')
    })
  })
})
