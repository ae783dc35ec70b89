def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'deploy/task-definition.json').canonicalPath
assert log.contains("[WARNING] ${file}:[12,15] CT002 user-not-set: container `web` sets no `user`")
assert log.contains('BUILD SUCCESS')
// the second invocation: the threshold and the formats given as user properties
assert log.contains('ecslint: 1 finding at or above warning (1 warning); reports: ')
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/ecslint')
assert new File(reports, 'TEST-ecslint.xml').text.contains('CT002')
assert new File(reports, 'ecslint-gitlab.json').text.contains('CT002')
return true
