def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'Dockerfile').canonicalPath
assert log.contains("[ERROR] ${file}:[1,1] TM001 team-label: the final stage has no team label; add LABEL team=<owner>")
assert log.contains('ecslint: 1 finding at or above error (1 error); reports: ')
return true
