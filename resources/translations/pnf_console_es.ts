<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="360" />
        <source>Amend the signed session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="363" />
        <source>What is amended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="364" />
        <source>The session as a whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="366" />
        <source>Subjective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="367" />
        <source>Objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="368" />
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="369" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="373" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="374" />
        <source>e.g. late entry, wrong value recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="376" />
        <source>Amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="387" />
        <source>&amp;Amends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="388" />
        <source>&amp;Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="389" />
        <source>&amp;Text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../console/ui/chart_page.py" line="68" />
        <source>← &amp;Patients</source>
        <extracomment>Tables whose change can alter what the chart shows.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="69" />
        <source>Back to the patient list (Alt+Left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="74" />
        <source>&amp;Edit patient…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="75" />
        <source>S&amp;tart next session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="76" />
        <source>Start the next session from the last plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="77" />
        <source>&amp;Resume session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="78" />
        <source>Continue the unfinished session where it stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="80" />
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="82" />
        <source>Whole record as JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="83" />
        <source>Whole record as CSV (zip)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="95" />
        <source>Session timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="120" />
        <source>&amp;Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="121" />
        <source>Tre&amp;nds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="122" />
        <source>&amp;Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="123" />
        <source>&amp;Home program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="181" />
        <source>Age {0} (born {1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="183" />
        <source>Record {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="184" />
        <source>Handout: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="185" />
        <source>Diagnosis: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="199" />
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="200" />
        <source>not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="201" />
        <source>unfinished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="204" />
        <source>1 grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="204" />
        <source>{0} grades</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="210" />
        <source>amended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="302" />
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="302" />
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="305" />
        <source>Export the patient's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="334" />
        <location filename="../../console/ui/chart_page.py" line="339" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="340" />
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/chart_page.py" line="344" />
        <source>Exported to {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicSection</name>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="151" />
        <source>Printed at the top of every home program handout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="160" />
        <location filename="../../console/ui/settings_sections.py" line="163" />
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="161" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="162" />
        <source>Choose a logo picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="164" />
        <source>Remove the logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="166" />
        <source>Logo preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="173" />
        <source>Clinic &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="174" />
        <source>&amp;Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="175" />
        <source>&amp;Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="176" />
        <source>&amp;Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="207" />
        <source>There is no file at {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="221" />
        <source>Clinic logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="221" />
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="37" />
        <source>The database cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="39" />
        <source>This database was made by a newer version of PNF Console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="41" />
        <source>Update the program to open it. The file has not been changed. You can also go on with the newest backup this version can read, or with a new, empty database; the file stays where it is, under a new name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="46" />
        <source>The database file is damaged or is not a PNF Console database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="48" />
        <source>The file has been left exactly as it is. Restore the newest good backup, or start a new, empty database; the damaged file is kept under a new name, never deleted, so it can still be looked at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="56" />
        <source>Database file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="65" />
        <source>&amp;Restore the newest good backup (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="67" />
        <source>No good backup found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="70" />
        <source>Start a &amp;new database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/damaged_db_dialog.py" line="71" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryBar</name>
    <message>
        <location filename="../../console/ui/runner_panels.py" line="138" />
        <source>Save again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_panels.py" line="140" />
        <source>Correct…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../console/ui/first_start.py" line="53" />
        <source>Welcome to PNF Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="60" />
        <source>Three details to begin with. All of them are optional and can be changed at any time in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="67" />
        <source>As printed on home programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="69" />
        <source>Your full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="73" />
        <source>&amp;Encrypt the records on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="74" />
        <source>Encrypt the records on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="79" />
        <source>&amp;Clinic name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="80" />
        <source>&amp;Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="89" />
        <source>A PIN unlocks the screen after it locks itself. It needs your name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="93" />
        <source>PINs are not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="96" />
        <source>The records are kept encrypted with a clinic passphrase, asked at every start. A forgotten passphrase cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="104" />
        <source>Encryption is not available in this version; the records are kept as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="108" />
        <source>&amp;Start working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="110" />
        <source>S&amp;kip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="111" />
        <source>Go straight to work; everything is in Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/first_start.py" line="146" />
        <source>Enter your name to go with the PIN.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FoldersSection</name>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="62" />
        <source>&amp;Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="66" />
        <source>Where the records are kept. Another database is opened with the --db option or the PNF_CONSOLE_DB variable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="73" />
        <source>Add folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="74" />
        <source>Add a protocol folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="75" />
        <source>Remove folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="76" />
        <source>Remove the chosen protocol folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="85" />
        <source>Clinic protocol files are read from {0} and from the folders below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="89" />
        <source>&amp;Protocol folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="91" />
        <source>Protocol folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="123" />
        <source>Protocol folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="53" />
        <location filename="../../console/ui/home_program_output.py" line="57" />
        <location filename="../../console/ui/home_program_output.py" line="84" />
        <location filename="../../console/ui/home_program_output.py" line="102" />
        <source>The handout cannot be made</source>
        <extracomment>A line for the status bar after a print or a save.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="58" />
        <source>A file it needs cannot be read: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="135" />
        <source>The handout cannot be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="162" />
        <source>Home program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="164" />
        <source>Print the home program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="177" />
        <source>Printing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="182" />
        <source>Version {0} sent to the printer ({1} pages).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="194" />
        <source>Save the home program as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="196" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="222" />
        <source>Saving failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="223" />
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="228" />
        <source>Version {0} saved as {1}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_output.py" line="243" />
        <source>Not recorded in the audit log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeExercisePicker</name>
    <message>
        <location filename="../../console/ui/home_exercise_picker.py" line="54" />
        <source>&lt;b&gt;Home exercises&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_exercise_picker.py" line="55" />
        <source>Search home exercises…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_exercise_picker.py" line="57" />
        <source>Search home exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_exercise_picker.py" line="59" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_exercise_picker.py" line="60" />
        <location filename="../../console/ui/home_exercise_picker.py" line="103" />
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_exercise_picker.py" line="63" />
        <source>Home exercises to choose from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_exercise_picker.py" line="74" />
        <source>&amp;Add to program →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_exercise_picker.py" line="75" />
        <source>Add the chosen exercise (Enter or double-click)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeProgramModel</name>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="118" />
        <location filename="../../console/ui/home_program_model.py" line="148" />
        <source>Sets</source>
        <extracomment>Dosage columns: (field, lowest, highest). Emitted after any change of the rows (added, removed, moved, dosage, texts).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="119" />
        <source>Repetitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="120" />
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="121" />
        <source>Times a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="122" />
        <source>Days a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="125" />
        <source>Hold: a number of seconds from 0 to 600, or empty for no hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="128" />
        <source>{0}: a whole number from {1} to {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="129" />
        <source>That value cannot be used here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="147" />
        <source>Exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="149" />
        <source>Reps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="150" />
        <source>Hold
(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="151" />
        <source>Times
a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="152" />
        <source>Days
a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_model.py" line="173" />
        <source>Double-click or type to change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeProgramPanel</name>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="94" />
        <source>Exercises of the home program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="114" />
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="115" />
        <source>Move the exercise up (Ctrl+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="116" />
        <source>Move do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="117" />
        <source>Move the exercise down (Ctrl+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="118" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="119" />
        <source>Take the exercise out of the program (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="132" />
        <source>The exercise's own caution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="134" />
        <source>From the exercise's file; printed in the handout's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="138" />
        <source>e.g. Stop at the first sign of pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="139" />
        <source>Note for the patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="140" />
        <source>Printed in the caution box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="141" />
        <source>Extra caution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="145" />
        <source>The exercise's caution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="146" />
        <source>&amp;Note for the patient:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="147" />
        <source>&amp;Extra caution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="151" />
        <source>Handout language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="154" />
        <source>&amp;Large print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="155" />
        <source>Body text at 16 pt or more, for poor sight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="156" />
        <source>Previe&amp;w draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="157" />
        <source>See the handout before saving it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="158" />
        <source>&amp;Save as new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="159" />
        <source>Keep this program as the next version (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="170" />
        <source>Handout &amp;in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="307" />
        <source>{0} (not in the protocol library)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="351" />
        <source>Editing from version {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="378" />
        <source>{0} is already in the program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="385" />
        <source>Only home exercises can be given as a home program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="462" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="473" />
        <source>{0} exercises. Patients tend to do fewer of them when there are more than {1}; consider keeping the program to the {1} that matter most.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="481" />
        <source>&lt;b&gt;New home program&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="484" />
        <source>&lt;b&gt;Next version&lt;/b&gt;, starting from version {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="492" />
        <source>Add exercises from the list on the left (Enter or double-click).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="513" />
        <source>Add at least one exercise before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="530" />
        <source>Saved as version {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="555" />
        <source>Home program — draft, not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_editor.py" line="564" />
        <source>Home program — version {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeProgramPreview</name>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="116" />
        <source>Handout preview</source>
        <extracomment>Pages are rendered for the printer at no more than this resolution.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="123" />
        <source>1 page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="123" />
        <source>{0} pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="124" />
        <source>Fit &amp;width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="125" />
        <source>W&amp;hole page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="126" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="127" />
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="128" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_print.py" line="133" />
        <source>Draft: save the program to print it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeProgramVersions</name>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="82" />
        <source>&lt;b&gt;Saved versions&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="84" />
        <source>Saved versions of the home program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="86" />
        <source>Nothing saved yet. The first save makes version 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="90" />
        <source>Pre&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="91" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="92" />
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="93" />
        <source>Edit from &amp;this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="95" />
        <source>Start the next version from this one instead of the current one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="97" />
        <source>The handout of this version as it prints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="155" />
        <source>1 exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="155" />
        <source>{0} exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="156" />
        <source>Version {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="158" />
        <source>(current)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="161" />
        <source>large print</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IllustrationPanel</name>
    <message>
        <location filename="../../console/ui/runner_panels.py" line="40" />
        <source>Hands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_panels.py" line="62" />
        <source>No illustration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyCaptureDialog</name>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="50" />
        <source>Record a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="54" />
        <source>Press the key, clicker button or pedal for:
{0}

The next key pressed is recorded, Esc and Tab too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="59" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeyMapEditor</name>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="110" />
        <source>Choose an action, then record a key for it: press the key, or the button of a clicker or foot pedal. The digits and + or - always enter grades and pain scores.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="117" />
        <source>Runner actions and their keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="118" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="118" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="130" />
        <source>Key message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="133" />
        <source>Record a key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="134" />
        <source>Remove a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="135" />
        <source>Removes the last key of the chosen action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="136" />
        <source>Restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="159" />
        <source>Next step (starts a timed step)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="160" />
        <source>Previous step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="161" />
        <source>Start or stop the timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="162" />
        <source>Timer 5 s longer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="163" />
        <source>Timer 5 s shorter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="164" />
        <source>Pause / resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="165" />
        <source>Pain score (then 0 to 10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="166" />
        <source>Write a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="167" />
        <source>Skip to the next protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="168" />
        <source>Show and correct the entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="169" />
        <source>Show the list of keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="170" />
        <source>Full screen on / off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="171" />
        <source>Leave the runner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="204" />
        <source>“{0}” is not a key this program knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="207" />
        <source>{0} enters grades and pain scores; it cannot be given to “{1}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="213" />
        <source>{0} already starts “{1}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="217" />
        <source>{0} is already the key for “{1}”; it cannot also be the key for “{2}”. Remove it from “{1}” first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="236" />
        <source>The runner's default keys are back. Save to keep them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/keymap_editor.py" line="286" />
        <source>(no key)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <location filename="../../console/ui/runner_panels.py" line="227" />
        <source>Runner keys (any key closes this)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="240" />
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="240" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="243" />
        <source>&amp;Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="246" />
        <source>A new interface language shows from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="248" />
        <source>P&amp;rotocol language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="249" />
        <source>Handout &amp;paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="251" />
        <source>&amp;Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="254" />
        <source>Relative to the computer's own text size; applied on Save.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../console/ui/lock_screen.py" line="75" />
        <source>PNF Console is locked</source>
        <extracomment>How often the idle time is looked at (the lock comes at most this late).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/lock_screen.py" line="81" />
        <source>Patient information is hidden. A running session goes on and keeps saving. Choose your name and enter your PIN to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/lock_screen.py" line="88" />
        <location filename="../../console/ui/lock_screen.py" line="106" />
        <source>Therapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/lock_screen.py" line="93" />
        <location filename="../../console/ui/lock_screen.py" line="107" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/lock_screen.py" line="96" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/lock_screen.py" line="141" />
        <source>No PIN: press Unlock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/ui/main_window.py" line="83" />
        <location filename="../../console/ui/main_window.py" line="144" />
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="114" />
        <source>PNF Console — demo (nothing is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="116" />
        <source>PNF Console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="120" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="121" />
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="122" />
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="123" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../console/ui/main_window.py" line="273" />
        <source>Demo: synthetic patients in a temporary database, deleted at exit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="33" />
        <source>Encrypt the database</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/passphrase_dialog.py" line="35" />
        <source>Choose a clinic passphrase of at least %n characters. It is asked every time the program starts. It cannot be reset: without it the records cannot be read, so keep it somewhere safe (not on a note at the computer).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="42" />
        <source>Encrypted database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="43" />
        <source>This database is encrypted. Enter the clinic passphrase to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="51" />
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="54" />
        <source>Passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="61" />
        <source>&amp;Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="63" />
        <source>&amp;Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="72" />
        <source>Encrypt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="72" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="74" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="74" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="91" />
        <source>Enter the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/passphrase_dialog.py" line="93" />
        <source>The passphrase needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/passphrase_dialog.py" line="95" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="52" />
        <source>New patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="52" />
        <source>Edit patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="58" />
        <source>YYYY-MM-DD, e.g. 1984-03-02</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="61" />
        <source>Leave empty to assign the next number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="75" />
        <source>&amp;Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="76" />
        <source>&amp;Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="77" />
        <source>&amp;Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="78" />
        <source>&amp;Record number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="79" />
        <source>Handout &amp;language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="80" />
        <source>D&amp;iagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="81" />
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="145" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="187" />
        <source>Enter the record number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="192" />
        <source>Record number {0} belongs to another patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="256" />
        <source>A patient with this name and date of birth is already on file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="259" />
        <source>If this is the same person, cancel and open their chart. If it is someone else, choose Save anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_dialog.py" line="265" />
        <source>Save &amp;anyway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <location filename="../../console/ui/patient_model.py" line="56" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_model.py" line="57" />
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_model.py" line="58" />
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_model.py" line="59" />
        <source>Record number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_model.py" line="60" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patient_model.py" line="61" />
        <source>Diagnosis</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../console/ui/patients_page.py" line="49" />
        <source>Search by name, date of birth (YYYY-MM-DD) or record number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="52" />
        <source>Search patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="53" />
        <source>&amp;New patient…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="54" />
        <source>Add a patient (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="55" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="56" />
        <source>Edit the chosen patient (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="57" />
        <source>&amp;Open chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="58" />
        <source>Open the chosen patient's chart (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="72" />
        <source>Patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="125" />
        <source>No patient matches “{0}”. Ctrl+N adds a new patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="127" />
        <source>No patients yet. Ctrl+N adds the first one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="131" />
        <source>The first {0} patients; type more to narrow the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="137" />
        <source>1 patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/patients_page.py" line="139" />
        <source>{0} patients</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="92" />
        <source>PIN for {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="100" />
        <source>The PIN unlocks the screen for {0}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinFields</name>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="59" />
        <source>P&amp;IN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="61" />
        <source>PIN a&amp;gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="63" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="64" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="78" />
        <source>A PIN is {0} to {1} digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="80" />
        <source>The two PINs are not the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="98" />
        <source>Session plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="111" />
        <source>Search protocols…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="113" />
        <source>Search protocols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="115" />
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="118" />
        <source>All techniques</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="127" />
        <source>Protocols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="130" />
        <source>&amp;Add to plan →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="148" />
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="149" />
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="150" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="159" />
        <location filename="../../console/ui/plan_editor.py" line="170" />
        <source>Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="160" />
        <location filename="../../console/ui/plan_editor.py" line="171" />
        <source>Sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="161" />
        <source>Repeats (times the file's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="162" />
        <source>Hold seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="163" />
        <source>Relax seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="164" />
        <source>Rest seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="168" />
        <source>Rest between sets, seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="172" />
        <source>Rest between sets (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="173" />
        <source>Hold (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="174" />
        <source>Relax (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="175" />
        <source>Rest (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="176" />
        <source>Repeats ×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="184" />
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="185" />
        <source>Load template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="186" />
        <source>Save as template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="196" />
        <source>&lt;b&gt;Plan&lt;/b&gt; (drag or Ctrl+↑/↓ to reorder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="211" />
        <source>&amp;Save plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="212" />
        <source>Start &amp;session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="216" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="286" />
        <source>Not in the library any more, left out: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="337" />
        <source>{0} protocols · {1} steps · about {2} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="362" />
        <source>Choose a protocol in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="406" />
        <location filename="../../console/ui/plan_editor.py" line="419" />
        <source>file: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="408" />
        <source>file: {0:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="410" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="479" />
        <source>Plan saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="484" />
        <source>Save as template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="484" />
        <source>Template name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="494" />
        <source>Template “{0}” saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <location filename="../../console/ui/plan_editor.py" line="68" />
        <source>Plan</source>
        <extracomment>Seconds an untimed step (position, move, cue, prompt) is assumed to take in the estimate of the session's length.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProtocolTableModel</name>
    <message>
        <location filename="../../console/ui/protocol_model.py" line="59" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocol_model.py" line="60" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocol_model.py" line="61" />
        <source>Pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocol_model.py" line="62" />
        <source>Technique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocol_model.py" line="63" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="44" />
        <source>Search protocols…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="46" />
        <source>Search protocols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="47" />
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="47" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="48" />
        <source>All patterns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="48" />
        <source>Pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="49" />
        <source>All techniques</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="49" />
        <source>Technique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="50" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="50" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="52" />
        <source>Protocol language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="55" />
        <source>&amp;Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="56" />
        <source>Read the protocol folders again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="81" />
        <source>Protocols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="88" />
        <source>Protocol detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="103" />
        <source>Rejected protocol files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="106" />
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="107" />
        <source>Rejected files</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/protocols_page.py" line="154" />
        <source>Rejected files (%n)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/protocols_page.py" line="182" />
        <source>{0} of {1} protocols shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../console/ui/runner_records.py" line="32" />
        <source>Entries of this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_records.py" line="34" />
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_records.py" line="38" />
        <source>New value, e.g. 4+ or 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_records.py" line="39" />
        <source>New value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_records.py" line="40" />
        <source>Correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_records.py" line="81" />
        <source>Choose an entry first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_records.py" line="92" />
        <source>Corrected; the original is kept in the history.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunnerWindow</name>
    <message>
        <location filename="../../console/ui/runner_window.py" line="84" />
        <source>PNF Console — session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="118" />
        <source>Note — Enter saves, Esc leaves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="119" />
        <location filename="../../console/ui/runner_window.py" line="154" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="148" />
        <source>◀ Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="149" />
        <source>Start / stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="150" />
        <location filename="../../console/ui/runner_window.py" line="451" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="151" />
        <source>−5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="152" />
        <source>+5 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="153" />
        <source>Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="155" />
        <source>Skip protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="156" />
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="157" />
        <source>Keys ?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="158" />
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="159" />
        <location filename="../../console/ui/runner_window.py" line="448" />
        <source>Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="448" />
        <source>Finish session ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/runner_window.py" line="451" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../console/ui/lock_screen.py" line="246" />
        <source>PNF Console — locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/lock_screen.py" line="276" />
        <source>That PIN is not right. Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="31" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="32" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="34" />
        <source>&amp;Lock after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_folders.py" line="38" />
        <source>Minutes without a key press or a click before patient data is hidden behind the lock screen. A running timer keeps its records.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionCompare</name>
    <message>
        <location filename="../../console/ui/session_compare.py" line="56" />
        <source>First session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_compare.py" line="58" />
        <source>Second session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_compare.py" line="60" />
        <source>Comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_compare.py" line="65" />
        <source>&amp;First session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_compare.py" line="67" />
        <source>S&amp;econd session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_compare.py" line="127" />
        <source>Pain at start (NPRS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_compare.py" line="128" />
        <source>Pain at end (NPRS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_compare.py" line="129" />
        <source>Pain during (NPRS)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionDetailView</name>
    <message>
        <location filename="../../console/ui/session_view.py" line="33" />
        <source>Session detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="38" />
        <source>Signed {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="41" />
        <source>Unfinished (can be resumed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="42" />
        <source>Finished, not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="66" />
        <source>Session of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="72" />
        <source>Therapist: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="98" />
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="100" />
        <source>Pain at start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="100" />
        <source>Pain at end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="101" />
        <source>Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="102" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="112" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="113" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="114" />
        <source>Pattern, side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="115" />
        <source>Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="116" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/session_view.py" line="132" />
        <source>correction of {0} entered {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../console/ui/settings_page.py" line="94" />
        <source>Settings sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="97" />
        <source>Clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="98" />
        <source>Therapists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="99" />
        <source>Language and print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="100" />
        <source>Runner keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="101" />
        <source>Sound and speech</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="102" />
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="103" />
        <source>Folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="109" />
        <source>Settings status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="110" />
        <source>&amp;Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="111" />
        <source>Put back the settings as they were saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="112" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="168" />
        <source>Some settings need attention before they can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="170" />
        <source>Unsaved changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="178" />
        <source>Not saved: some settings need attention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="189" />
        <source>Not saved: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_page.py" line="195" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoapEditor</name>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="69" />
        <source>Objective from &amp;records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="71" />
        <source>Write the Objective again from the session's grades, pain scores and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="73" />
        <source>&amp;Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="74" />
        <source>Save the SOAP note (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="75" />
        <source>Si&amp;gn…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="76" />
        <location filename="../../console/ui/soap_editor.py" line="172" />
        <source>Sign the session: it is locked afterwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="91" />
        <source>Signed note and amendments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="92" />
        <source>Add &amp;amendment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="94" />
        <source>Correct or add to the signed session; the original stays as it was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="122" />
        <source>Subjective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="123" />
        <source>Objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="124" />
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="125" />
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="170" />
        <source>Finish the session in the runner before signing it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="204" />
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="207" />
        <source>Saved {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="239" />
        <location filename="../../console/ui/soap_editor.py" line="242" />
        <source>Note not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="251" />
        <source>Session is signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="252" />
        <source>A signed session is not changed. Add an amendment instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="259" />
        <source>Sign the session?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="261" />
        <source>After signing, this session, its records and its note are locked. Later corrections are added as amendments beside the original.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="282" />
        <source>Session not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="299" />
        <source>Signed {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="322" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="345" />
        <source>unknown therapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="346" />
        <source>Amended {0} by {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/soap_editor.py" line="347" />
        <source>Why: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="285" />
        <source>Play &amp;tones at the start, 3-2-1 and end of a timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="286" />
        <source>&amp;Speak the verbal command aloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="288" />
        <source>The engine's own voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="295" />
        <source>&amp;Voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="295" />
        <source>Looking for voices…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="299" />
        <source>V&amp;olume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="322" />
        <source>{0} voices on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_sections.py" line="326" />
        <source>{0} No voice is available; commands are shown, not spoken.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StorageOpener</name>
    <message>
        <location filename="../../console/ui/storage_startup.py" line="114" />
        <source>PNF Console</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TherapistsSection</name>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="119" />
        <source>&amp;Therapists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="121" />
        <source>Therapists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="122" />
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="123" />
        <source>Rename the chosen therapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="124" />
        <location filename="../../console/ui/settings_therapists.py" line="220" />
        <source>Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="125" />
        <source>Deactivate or reactivate the therapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="126" />
        <source>Set PIN…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="127" />
        <source>Set the chosen therapist's PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="128" />
        <source>Remove PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="129" />
        <source>Remove the chosen therapist's PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="131" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="132" />
        <source>&amp;New therapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="134" />
        <source>New therapist's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="135" />
        <source>Add therapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="138" />
        <source>PINs are not available in this version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="159" />
        <source>Each record, signature and audit entry names its therapist. Changes here are saved at once; a deactivated therapist stays in their records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="195" />
        <source> (inactive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="197" />
        <source> · PIN set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="220" />
        <source>Reactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="245" />
        <source>At least one therapist stays active: add another one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="269" />
        <source>New name for {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/settings_therapists.py" line="301" />
        <source>Rename therapist</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../console/ui/today_page.py" line="48" />
        <location filename="../../console/ui/today_page.py" line="64" />
        <source>Unfinished sessions</source>
        <extracomment>Tables whose change can alter what Today shows.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="49" />
        <location filename="../../console/ui/today_page.py" line="66" />
        <source>Seen today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="50" />
        <location filename="../../console/ui/today_page.py" line="68" />
        <source>Recently seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="51" />
        <source>&amp;Resume session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="53" />
        <source>Continue the chosen unfinished session at the step it was on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="55" />
        <source>&amp;Start next session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="57" />
        <source>Start the chosen patient's next session from their last plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="59" />
        <source>&amp;Open chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="144" />
        <source>Today, {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="151" />
        <source>{0} — started {1}, at step {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="159" />
        <source>No unfinished sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="164" />
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="165" />
        <source>note to sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="166" />
        <source>unfinished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="176" />
        <source>Nobody seen yet today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="184" />
        <source>{0} ({1}) — last seen {2}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/today_page.py" line="191" />
        <source>No sessions yet. Open Patients to add a patient.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="34" />
        <source>Resistance grade per pattern and side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="35" />
        <source>Pain (NPRS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="37" />
        <source>Resistance grade trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="39" />
        <source>Pain trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="48" />
        <source>Legend of the resistance grade trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="54" />
        <source>No grades or pain scores recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="89" />
        <source>Pain at start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="90" />
        <source>Pain at end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="91" />
        <source>Pain during the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="99" />
        <source>Grade (0–5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="108" />
        <source>NPRS (0–10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/trend_chart.py" line="112" />
        <source>Resistance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VersionView</name>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="34" />
        <source>The chosen version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="45" />
        <source>Version {0}, saved {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="48" />
        <source>Handout in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="50" />
        <source>large print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="56" />
        <source>hold {0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="57" />
        <source>{0} a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="58" />
        <source>{0} days a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="61" />
        <source>Note: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/home_program_versions.py" line="63" />
        <source>Caution: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoiceSearch</name>
    <message>
        <location filename="../../console/ui/voices.py" line="113" />
        <source>The speech engine did not answer; no voice can be chosen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_VoiceWorker</name>
    <message>
        <location filename="../../console/ui/voices.py" line="38" />
        <source>No speech engine is installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/voices.py" line="51" />
        <source>The speech engine does not work on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/voices.py" line="57" />
        <source>The speech engine has no voices.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../console/ui/resume.py" line="110" />
        <source>Unfinished session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/resume.py" line="112" />
        <source>The session of {0} started {1} was not finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/resume.py" line="116" />
        <source>Resume at step {0}: {1}. {2} entries are saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/resume.py" line="120" />
        <source>{0} more unfinished sessions are on the Today screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/resume.py" line="124" />
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/resume.py" line="125" />
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/resume.py" line="134" />
        <source>Session cannot run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/storage_startup.py" line="72" />
        <source>PNF Console is already open</source>
        <extracomment>The start-up backup waits this long after the first paint, off the first screen.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/storage_startup.py" line="73" />
        <source>PNF Console is already open on this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/storage_startup.py" line="76" />
        <source>Only one PNF Console at a time can use a database, so that no record is ever written twice. Switch to the window that is already open, or close it and start again. Nothing was changed.

Database: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../console/ui/security_actions.py" line="46" />
        <location filename="../../console/ui/security_actions.py" line="52" />
        <source>Encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../console/ui/security_actions.py" line="54" />
        <source>The database is encrypted. The passphrase is asked at every start. Backups made from now on are encrypted too; older backups are not.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>