def log = new File(basedir, 'build.log').text
assert log.contains('ecslint: no findings in 2 files')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/ecslint')
assert new File(reports, 'ecslint.json').text.contains('"findings": 0')
assert new File(reports, 'ecslint.sarif').text.contains('"version": "2.1.0"')
assert new File(reports, 'ecslint-checkstyle.xml').text.contains('<checkstyle')
// the second invocation: the goal prefix resolves to this plugin
assert log.contains(':check (default-cli) @ clean-project')
return true
