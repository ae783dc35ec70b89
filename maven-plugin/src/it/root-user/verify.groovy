def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'deploy/task-definition.json').canonicalPath
assert log.contains("[ERROR] ${file}:[15,15] CT001 root-user: container `web` runs as root")
assert log.contains('ecslint: 1 finding at or above error (1 error); reports: ')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/ecslint/ecslint.json').text.contains('"ruleId": "CT001"')
// the second invocation
assert log.contains('ecslint: skipped (ecslint.skip)')
assert log.contains('BUILD SUCCESS')
return true
