<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChartPage</name>
    <message numerus="yes">
        <source>Age %n (born {0})</source>
        <translation>
            <numerusform>Age %n (born {0})</numerusform>
            <numerusform>Age %n (born {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n grade</numerusform>
            <numerusform>%n grades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message numerus="yes">
        <source>Version {0} sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Version {0} sent to the printer (%n page).</numerusform>
            <numerusform>Version {0} sent to the printer (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeProgramVersions</name>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <source>Choose a clinic passphrase of at least %n characters. It is asked every time the program starts. It cannot be reset: without it the records cannot be read, so keep it somewhere safe (not on a note at the computer).</source>
        <translation>
            <numerusform>Choose a clinic passphrase of at least %n character. It is asked every time the program starts. It cannot be reset: without it the records cannot be read, so keep it somewhere safe (not on a note at the computer).</numerusform>
            <numerusform>Choose a clinic passphrase of at least %n characters. It is asked every time the program starts. It cannot be reset: without it the records cannot be read, so keep it somewhere safe (not on a note at the computer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message numerus="yes">
        <source>The first %n patient(s); type more to narrow the search.</source>
        <translation>
            <numerusform>The first %n patient; type more to narrow the search.</numerusform>
            <numerusform>The first %n patients; type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n protocol</numerusform>
            <numerusform>%n protocols</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message numerus="yes">
        <source>Rejected files (%n)</source>
        <translation>
            <numerusform>Rejected files (%n)</numerusform>
            <numerusform>Rejected files (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n protocol(s) shown</source>
        <translation>
            <numerusform>{0} of %n protocol shown</numerusform>
            <numerusform>{0} of %n protocols shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionView</name>
    <message numerus="yes">
        <source>%n time(s) a day</source>
        <translation>
            <numerusform>%n time a day</numerusform>
            <numerusform>%n times a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n day a week</numerusform>
            <numerusform>%n days a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeProgramPanel</name>
    <message numerus="yes">
        <source>%n exercise(s). Patients tend to do fewer of them when there are more than {0}; consider keeping the program to the {0} that matter most.</source>
        <translation>
            <numerusform>%n exercise. Patients tend to do fewer of them when there are more than {0}; consider keeping the program to the {0} that matter most.</numerusform>
            <numerusform>%n exercises. Patients tend to do fewer of them when there are more than {0}; consider keeping the program to the {0} that matter most.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message numerus="yes">
        <source>Resume at step {0}: {1}. %n entry(s) saved.</source>
        <translation>
            <numerusform>Resume at step {0}: {1}. %n entry saved.</numerusform>
            <numerusform>Resume at step {0}: {1}. %n entries saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished session(s) on the Today screen.</source>
        <translation>
            <numerusform>%n more unfinished session is on the Today screen.</numerusform>
            <numerusform>%n more unfinished sessions are on the Today screen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDetailView</name>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message numerus="yes">
        <source>%n English voice(s)</source>
        <translation>
            <numerusform>%n English voice</numerusform>
            <numerusform>%n English voices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Spanish voice(s)</source>
        <translation>
            <numerusform>%n Spanish voice</numerusform>
            <numerusform>%n Spanish voices</numerusform>
        </translation>
    </message>
</context>
</TS>
