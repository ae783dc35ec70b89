import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = { String module -> new JsonSlurper().parse(new File(basedir, module + 'target/ecslint/ecslint.json')) }

// the parent lints its own files, including directories that are not modules, and none of its modules'
assert report('').findings.isEmpty()
assert report('').summary.files == 2
assert report('platform/infra/').summary.files == 1
assert report('app/').findings*.ruleId == ['E001']
assert report('app/').findings*.path == ['deploy/task-definition.json']

// the broken file is reported once, by its own module, which fails the build
assert log.count('E001 parse-error') == 1
assert log.contains('BUILD FAILURE')
return true
