@echo off
rem Launches Credence from its distribution folder. JAVA_HOME selects the Java runtime (17 or newer).
setlocal
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %CREDENCE_OPTS% -Dcredence.home="%HERE%." -jar "%HERE%credence.jar" %*
