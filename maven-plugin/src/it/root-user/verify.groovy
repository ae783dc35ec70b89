def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'Dockerfile').canonicalPath
assert log.contains("[ERROR] ${file}:[1,1] DF001 root-user: no USER is set in the final stage")
assert log.contains('ecslint: 1 finding at or above error (1 error); reports: ')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/ecslint/ecslint.json').text.contains('"ruleId": "DF001"')
// the second invocation
assert log.contains('ecslint: skipped (ecslint.skip)')
assert log.contains('BUILD SUCCESS')
return true
