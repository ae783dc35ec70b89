def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'deploy/task-definition.json').canonicalPath
assert log.contains("[ERROR] ${file}:[3,1] E001 parse-error: ")
assert log.contains('ecslint: 1 finding at or above error (1 error); reports: ')
assert log.contains('BUILD FAILURE')
assert log.contains('ecslint: skipped (ecslint.skip)')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/ecslint/ecslint.json').text.contains('"ruleId": "E001"')
return true
