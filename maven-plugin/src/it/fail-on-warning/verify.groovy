def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'deploy/task-definition.json').canonicalPath
assert log.contains("[WARNING] ${file}:[3,1] E001 parse-error: ")
assert log.contains('BUILD SUCCESS')
assert log.contains('ecslint: 1 finding at or above warning (1 warning); reports: ')
assert log.contains('BUILD FAILURE')
return true
