<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="369"/>
        <source>Amend the signed session</source>
        <translation>Rectificar la sesión firmada</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="372"/>
        <source>What is amended</source>
        <translation>Qué se rectifica</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="373"/>
        <source>The session as a whole</source>
        <translation>La sesión en conjunto</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="375"/>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="376"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="377"/>
        <source>Assessment</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="378"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="382"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="383"/>
        <source>e.g. late entry, wrong value recorded</source>
        <translation>p. ej., anotación tardía, valor anotado por error</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="385"/>
        <source>Amendment</source>
        <translation>Rectificación</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="396"/>
        <source>&amp;Amends</source>
        <translation>&amp;Qué rectifica</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="397"/>
        <source>&amp;Why</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="398"/>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="68"/>
        <source>← &amp;Patients</source>
        <extracomment>Tables whose change can alter what the chart shows.</extracomment>
        <translation>← &amp;Pacientes</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="69"/>
        <source>Back to the patient list (Alt+Left)</source>
        <translation>Volver a la lista de pacientes (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="76"/>
        <source>&amp;Edit patient…</source>
        <translation>E&amp;ditar paciente…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="77"/>
        <source>S&amp;tart next session</source>
        <translation>&amp;Empezar la próxima sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="78"/>
        <source>Start the next session from the last plan</source>
        <translation>Empezar la próxima sesión con el último plan</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="79"/>
        <source>P&amp;lan…</source>
        <translation>P&amp;lan…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="81"/>
        <source>Open the plan editor: change protocols, sides and doses, then start</source>
        <translation>Abrir el editor del plan: cambiar protocolos, lados y dosis, y después empezar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="83"/>
        <source>&amp;Resume session</source>
        <translation>&amp;Reanudar sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="84"/>
        <source>Continue the unfinished session where it stopped</source>
        <translation>Continuar la sesión sin terminar donde se quedó</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="86"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="88"/>
        <source>Whole record as JSON…</source>
        <translation>Historia completa en JSON…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="89"/>
        <source>Whole record as CSV (zip)…</source>
        <translation>Historia completa en CSV (zip)…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="91"/>
        <source>FHIR R4 bundle, for a referral…</source>
        <translation>Paquete FHIR R4, para una derivación…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="111"/>
        <source>Session timeline</source>
        <translation>Cronología de sesiones</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="137"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="138"/>
        <source>Tre&amp;nds</source>
        <translation>E&amp;volución</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="139"/>
        <source>&amp;Compare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="140"/>
        <source>&amp;Home program</source>
        <translation>Ejercicios en &amp;casa</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="201"/>
        <source>Record {0}</source>
        <translation>Historia n.º {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="202"/>
        <source>Handout: {0}</source>
        <translation>Idioma de la hoja: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="203"/>
        <source>Diagnosis: {0}</source>
        <translation>Diagnóstico: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="217"/>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="218"/>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="219"/>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="226"/>
        <source>NPRS {0}</source>
        <translation>EVN {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="228"/>
        <source>amended</source>
        <translation>rectificada</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="329"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="329"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="332"/>
        <source>Export the patient&apos;s record</source>
        <translation>Exportar la historia clínica del paciente</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="351"/>
        <location filename="../../console/ui/patients/chart_page.py" line="356"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="357"/>
        <source>Cannot write {0}: {1}</source>
        <translation>No se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/chart_page.py" line="361"/>
        <source>Exported to {0}</source>
        <translation>Exportado a {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n valoración de fuerza</numerusform>
            <numerusform>%n valoraciones de fuerza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Age %n (born {0})</source>
        <translation>
            <numerusform>%n año (nac. {0})</numerusform>
            <numerusform>%n años (nac. {0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicSection</name>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="151"/>
        <source>Printed at the top of every home program handout.</source>
        <translation>Se imprime en la cabecera de cada hoja del programa de ejercicios en casa.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="160"/>
        <location filename="../../console/ui/settings/settings_sections.py" line="163"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="161"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="162"/>
        <source>Choose a logo picture</source>
        <translation>Elegir una imagen de logotipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="164"/>
        <source>Remove the logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="166"/>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="173"/>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="174"/>
        <source>&amp;Address</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="175"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="176"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="207"/>
        <source>There is no file at {0}.</source>
        <translation>No hay ningún archivo en {0}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="221"/>
        <source>Clinic logo</source>
        <translation>Logotipo de la clínica</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="221"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../console/ui/runner/runner_widgets.py" line="257"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_widgets.py" line="259"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="37"/>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="39"/>
        <source>This database was made by a newer version of PNF Console.</source>
        <translation>Esta base de datos se creó con una versión más reciente de PNF Console.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="41"/>
        <source>Update the program to open it. The file has not been changed. You can also go on with the newest backup this version can read, or with a new, empty database; the file stays where it is, under a new name.</source>
        <translation>Actualice el programa para abrirla. El archivo no se ha modificado. También puede continuar con la copia de seguridad más reciente que esta versión pueda leer, o con una base de datos nueva y vacía; el archivo se queda donde está, con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="46"/>
        <source>The database file is damaged or is not a PNF Console database.</source>
        <translation>El archivo de la base de datos está dañado o no es una base de datos de PNF Console.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="48"/>
        <source>The file has been left exactly as it is. Restore the newest good backup, or start a new, empty database; the damaged file is kept under a new name, never deleted, so it can still be looked at.</source>
        <translation>El archivo se ha dejado tal como estaba. Restaure la copia de seguridad válida más reciente o empiece una base de datos nueva y vacía; el archivo dañado se conserva con otro nombre, nunca se borra, para que aún pueda examinarse.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="57"/>
        <source>Database file: %1</source>
        <translation>Archivo de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="60"/>
        <source>Technical detail: %1</source>
        <translation>Detalle técnico: %1</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="66"/>
        <source>&amp;Restore the newest good backup (%1)</source>
        <translation>&amp;Restaurar la copia de seguridad válida más reciente (%1)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="68"/>
        <source>No good backup found</source>
        <translation>No se encontró ninguna copia de seguridad válida</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="71"/>
        <source>Start a &amp;new database</source>
        <translation>Empezar una base de datos &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/damaged_db_dialog.py" line="72"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>EntryBar</name>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="144"/>
        <source>Save again</source>
        <translation>Guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="146"/>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="186"/>
        <source>✗ NOT SAVED: {0} {1}. {2} Press Next or Save again to retry.</source>
        <translation>✗ NO GUARDADO: {0} {1}. {2} Pulse Siguiente o Guardar de nuevo para reintentarlo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="195"/>
        <source>Grade {0}…  (+ or −, or wait: saves by itself)</source>
        <translation>Fuerza {0}…  (+ o −, o espere: se guarda sola)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="198"/>
        <source>Pain: {0}  (0 to 10)</source>
        <translation>Dolor: {0}  (0 a 10)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="210"/>
        <source>✓ {0} {1} saved</source>
        <translation>✓ Guardado: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="216"/>
        <source>Grade</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="216"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="216"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Mantenido</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="55"/>
        <source>Welcome to PNF Console</source>
        <translation>Le damos la bienvenida a PNF Console</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="59"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="62"/>
        <source>A few details to begin with. All of them are optional and can be changed at any time in Settings.</source>
        <translation>Unos pocos datos para empezar. Todos son opcionales y pueden cambiarse en cualquier momento en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="69"/>
        <source>As printed on home programs</source>
        <translation>Tal como aparecerá en los programas de ejercicios en casa</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="71"/>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="75"/>
        <source>&amp;Encrypt the records on this computer</source>
        <translation>&amp;Cifrar los datos en este equipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="76"/>
        <source>Encrypt the records on this computer</source>
        <translation>Cifrar los datos en este equipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="81"/>
        <source>&amp;Clinic name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="82"/>
        <source>&amp;Your name</source>
        <translation>Su n&amp;ombre</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="91"/>
        <source>A PIN unlocks the screen after it locks itself. It needs your name.</source>
        <translation>Un PIN desbloquea la pantalla cuando se bloquea sola. Requiere su nombre.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="98"/>
        <source>The records are kept encrypted with a clinic passphrase, asked at every start. A forgotten passphrase cannot be recovered.</source>
        <translation>Los datos se guardan cifrados con una frase de contraseña de la clínica, que se pide en cada inicio. Una frase de contraseña olvidada no se puede recuperar.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="110"/>
        <source>&amp;Start working</source>
        <translation>&amp;Empezar a trabajar</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="112"/>
        <source>S&amp;kip</source>
        <translation>O&amp;mitir</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="113"/>
        <source>Go straight to work; everything is in Settings</source>
        <translation>Empezar a trabajar ya; todo está en Ajustes</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="123"/>
        <source>PIN (optional)</source>
        <translation>PIN (opcional)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="126"/>
        <source>Encryption (optional)</source>
        <translation>Cifrado (opcional)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/first_start.py" line="175"/>
        <source>Enter your name to go with the PIN.</source>
        <translation>Escriba su nombre para asociarlo al PIN.</translation>
    </message>
</context>
<context>
    <name>FoldersSection</name>
    <message>
        <source>A database file, or the clinic server&apos;s address (postgresql://…). Left empty, the file shown in grey. Used from the next start; the --db option and the PNF_CONSOLE_DB variable win over it. A server&apos;s password is never kept here: it goes in the password file.</source>
        <translation>Un archivo de base de datos o la dirección del servidor de la clínica (postgresql://…). Si se deja vacío, el archivo que se ve en gris. Se usa desde el próximo inicio; la opción --db y la variable PNF_CONSOLE_DB tienen prioridad. La contraseña de un servidor nunca se guarda aquí: va en el archivo de contraseñas.</translation>
    </message>
    <message>
        <source>Now on: {0}</source>
        <translation>Ahora en: {0}</translation>
    </message>
    <message>
        <source>Give the whole path of the database file.</source>
        <translation>Indique la ruta completa del archivo de base de datos.</translation>
    </message>
    <message>
        <source>{0} is a folder; give the database file in it.</source>
        <translation>{0} es una carpeta; indique el archivo de base de datos que contiene.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="104"/>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="108"/>
        <source>Where the records are kept. Another database is opened with the --db option or the PNF_CONSOLE_DB variable.</source>
        <translation>Dónde se guardan los datos. Otra base de datos se abre con la opción --db o con la variable PNF_CONSOLE_DB.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="114"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="115"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="116"/>
        <source>Beside the database</source>
        <translation>Junto a la base de datos</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="118"/>
        <source>Keep backups in the folder beside the database</source>
        <translation>Guardar las copias de seguridad en la carpeta junto a la base de datos</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="125"/>
        <source>&amp;Backup folder</source>
        <translation>Carpeta de &amp;copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="130"/>
        <source>Another disk or a network folder keeps the backups safe from a disk fault.</source>
        <translation>Otro disco o una carpeta de red protege las copias de seguridad si falla el disco.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="134"/>
        <source>&amp;Automatic backup at the day&apos;s first start and at exit</source>
        <translation>Copia de seguridad &amp;automática en el primer inicio del día y al salir</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="136"/>
        <source>Make backups automatically</source>
        <translation>Hacer copias de seguridad automáticamente</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="140"/>
        <source>Backups &amp;kept</source>
        <translation>Copias conser&amp;vadas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="144"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="145"/>
        <source>Add a protocol folder</source>
        <translation>Añadir una carpeta de protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="146"/>
        <source>Remove folder</source>
        <translation>Quitar carpeta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="147"/>
        <source>Remove the chosen protocol folder</source>
        <translation>Quitar la carpeta de protocolos seleccionada</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="155"/>
        <source>Clinic protocol files are read from {0} and from the folders below.</source>
        <translation>Los archivos de protocolos de la clínica se leen de {0} y de las carpetas siguientes.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="159"/>
        <source>&amp;Protocol folders</source>
        <translation>Carpetas de &amp;protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="164"/>
        <source>Protocol folders</source>
        <translation>Carpetas de protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="201"/>
        <source>Give the whole path of the folder.</source>
        <translation>Indique la ruta completa de la carpeta.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="203"/>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="207"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="231"/>
        <source>Protocol folder</source>
        <translation>Carpeta de protocolos</translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="53"/>
        <location filename="../../console/ui/home_program/home_program_output.py" line="57"/>
        <location filename="../../console/ui/home_program/home_program_output.py" line="84"/>
        <location filename="../../console/ui/home_program/home_program_output.py" line="102"/>
        <source>The handout cannot be made</source>
        <extracomment>A line for the status bar after a print or a save.</extracomment>
        <translation>No se puede generar la hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="58"/>
        <source>A file it needs cannot be read: {0}</source>
        <translation>No se puede leer un archivo necesario: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="135"/>
        <source>The handout cannot be shown</source>
        <translation>No se puede mostrar la hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="162"/>
        <source>Home program</source>
        <translation>Programa de ejercicios en casa</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="164"/>
        <source>Print the home program</source>
        <translation>Imprimir el programa de ejercicios en casa</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="177"/>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="194"/>
        <source>Save the home program as PDF</source>
        <translation>Guardar el programa de ejercicios en casa como PDF</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="196"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="222"/>
        <source>Saving failed</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="223"/>
        <source>Cannot write {0}: {1}</source>
        <translation>No se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="228"/>
        <source>Version {0} saved as {1}.</source>
        <translation>Versión {0} guardada como {1}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="243"/>
        <source>Not recorded in the audit log</source>
        <translation>No consta en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="211"/>
        <source>No handout to print</source>
        <translation>No hay hoja que imprimir</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="212"/>
        <source>This patient has no home program yet: write one in the chart.</source>
        <translation>Este paciente aún no tiene programa de ejercicios en casa: escríbalo en la historia clínica.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="248"/>
        <source>Version {0} sent to {1} (job {2}).</source>
        <translation>Versión {0} enviada a {1} (trabajo {2}).</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_output.py" line="284"/>
        <source>Version {0} printed on {1}.</source>
        <translation>Versión {0} impresa en {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Version {0} sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Versión {0} enviada a la impresora (%n página).</numerusform>
            <numerusform>Versión {0} enviada a la impresora (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeExercisePicker</name>
    <message>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="54"/>
        <source>&lt;b&gt;Home exercises&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ejercicios en casa&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="55"/>
        <source>Search home exercises…</source>
        <translation>Buscar ejercicios…</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="57"/>
        <source>Search home exercises</source>
        <translation>Buscar ejercicios en casa</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="59"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="60"/>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="103"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="63"/>
        <source>Home exercises to choose from</source>
        <translation>Ejercicios en casa para elegir</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="74"/>
        <source>&amp;Add to program →</source>
        <translation>&amp;Añadir al programa →</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_exercise_picker.py" line="75"/>
        <source>Add the chosen exercise (Enter or double-click)</source>
        <translation>Añadir el ejercicio seleccionado (Intro o doble clic)</translation>
    </message>
</context>
<context>
    <name>HomeProgramModel</name>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="118"/>
        <location filename="../../console/ui/home_program/home_program_model.py" line="148"/>
        <source>Sets</source>
        <extracomment>Dosage columns: (field, lowest, highest). Emitted after any change of the rows (added, removed, moved, dosage, texts).</extracomment>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="119"/>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="120"/>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="121"/>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="122"/>
        <source>Days a week</source>
        <translation>Días a la semana</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="125"/>
        <source>Hold: a number of seconds from 0 to 600, or empty for no hold.</source>
        <translation>Mantener: un número de segundos de 0 a 600, o vacío si no hay que mantener.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="128"/>
        <source>{0}: a whole number from {1} to {2}.</source>
        <translation>{0}: un número entero de {1} a {2}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="129"/>
        <source>That value cannot be used here.</source>
        <translation>Ese valor no se puede usar aquí.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="147"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="149"/>
        <source>Reps</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="150"/>
        <source>Hold
(s)</source>
        <translation>Mant.
(s)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="151"/>
        <source>Times
a day</source>
        <translation>Veces
/día</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="152"/>
        <source>Days
a week</source>
        <translation>Días
/sem.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_model.py" line="173"/>
        <source>Double-click or type to change</source>
        <translation>Doble clic o escriba para cambiarlo</translation>
    </message>
</context>
<context>
    <name>HomeProgramDraftView</name>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="58"/>
        <source>Exercises of the home program</source>
        <translation>Ejercicios en casa del paciente</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="78"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="79"/>
        <source>Move the exercise up (Ctrl+Up)</source>
        <translation>Subir el ejercicio (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="80"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="81"/>
        <source>Move the exercise down (Ctrl+Down)</source>
        <translation>Bajar el ejercicio (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="82"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="83"/>
        <source>Take the exercise out of the program (Delete)</source>
        <translation>Quitar el ejercicio del programa (Supr)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="96"/>
        <source>The exercise&apos;s own caution</source>
        <translation>Precaución propia del ejercicio</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="98"/>
        <source>From the exercise&apos;s file; printed in the handout&apos;s language</source>
        <translation>Del archivo del ejercicio; se imprime en el idioma de la hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="102"/>
        <source>e.g. Stop at the first sign of pain</source>
        <translation>p. ej., Pare al primer signo de dolor</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="103"/>
        <source>Note for the patient</source>
        <translation>Nota para el paciente</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="104"/>
        <source>Printed in the caution box</source>
        <translation>Se imprime como precaución</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="105"/>
        <source>Extra caution</source>
        <translation>Precaución adicional</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="109"/>
        <source>The exercise&apos;s caution:</source>
        <translation>Precaución del ejercicio:</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="110"/>
        <source>N&amp;ote for the patient:</source>
        <translation>&amp;Nota para el paciente:</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="111"/>
        <source>Extra caut&amp;ion:</source>
        <translation>Precaución ad&amp;icional:</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="115"/>
        <source>Handout language</source>
        <translation>Idioma de la hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="118"/>
        <source>Lar&amp;ge print</source>
        <translation>Letra &amp;grande</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="119"/>
        <source>Body text at 16 pt or more, for poor sight</source>
        <translation>Texto a 16 pt o más, para personas con baja visión</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="120"/>
        <source>Preview &amp;draft</source>
        <translation>Vista previa del &amp;borrador</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="121"/>
        <source>See the handout before saving it</source>
        <translation>Ver la hoja antes de guardarla</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="122"/>
        <source>Save as new &amp;version</source>
        <translation>Guardar c&amp;omo nueva versión</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="123"/>
        <source>Keep this program as the next version (Ctrl+S)</source>
        <translation>Guardar este programa como la próxima versión (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="134"/>
        <source>Handout in:</source>
        <translation>Hoja en:</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_draft_view.py" line="254"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>HomeProgramPanel</name>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="317"/>
        <source>{0} (not in the protocol library)</source>
        <translation>{0} (no está en la biblioteca de protocolos)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="364"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="366"/>
        <source>The program has changes that are not saved. Start again from version {0} and drop them?</source>
        <translation>El programa tiene cambios sin guardar. ¿Empezar de nuevo a partir de la versión {0} y descartarlos?</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="380"/>
        <source>Editing from version {0}.</source>
        <translation>Editando a partir de la versión {0}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="407"/>
        <source>{0} is already in the program.</source>
        <translation>{0} ya está en el programa.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="414"/>
        <source>Only home exercises can be given as a home program.</source>
        <translation>Solo se pueden dar ejercicios para hacer en casa.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="510"/>
        <source>&lt;b&gt;New home program&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nuevo programa de ejercicios en casa&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="513"/>
        <source>&lt;b&gt;Next version&lt;/b&gt;, starting from version {0}</source>
        <translation>&lt;b&gt;Próxima versión&lt;/b&gt;, a partir de la versión {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="517"/>
        <source>&lt;i&gt;changed, not saved&lt;/i&gt;</source>
        <translation>&lt;i&gt;modificado, sin guardar&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="522"/>
        <source>Add exercises from the list on the left (Enter or double-click).</source>
        <translation>Añada ejercicios de la lista de la izquierda (Intro o doble clic).</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="543"/>
        <source>Add at least one exercise before saving.</source>
        <translation>Añada al menos un ejercicio antes de guardar.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="560"/>
        <source>Saved as version {0}.</source>
        <translation>Guardado como versión {0}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="586"/>
        <source>Home program — draft, not saved</source>
        <translation>Programa de ejercicios en casa — borrador, sin guardar</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_editor.py" line="593"/>
        <source>Home program — version {0}</source>
        <translation>Programa de ejercicios en casa — versión {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s). Patients tend to do fewer of them when there are more than {0}; consider keeping the program to the {0} that matter most.</source>
        <translation>
            <numerusform>%n ejercicio. Los pacientes suelen hacer menos cuando son más de {0}; considere limitar el programa a los {0} más importantes.</numerusform>
            <numerusform>%n ejercicios. Los pacientes suelen hacer menos cuando son más de {0}; considere limitar el programa a los {0} más importantes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeProgramPreview</name>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="126"/>
        <source>Handout preview</source>
        <extracomment>Pages are rendered for the printer at no more than this resolution.</extracomment>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="133"/>
        <source>◀ P&amp;revious page</source>
        <translation>◀ Página &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="134"/>
        <source>&amp;Next page ▶</source>
        <translation>Página &amp;siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="135"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="136"/>
        <source>W&amp;hole page</source>
        <translation>Página &amp;entera</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="137"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="138"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="139"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="192"/>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_print.py" line="194"/>
        <source>Draft: save the program to print it</source>
        <translation>Borrador: guarde el programa para imprimirlo</translation>
    </message>
</context>
<context>
    <name>HomeProgramVersions</name>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="82"/>
        <source>&lt;b&gt;Saved versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versiones guardadas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="84"/>
        <source>Saved versions of the home program</source>
        <translation>Versiones guardadas del programa de ejercicios en casa</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="86"/>
        <source>Nothing saved yet. The first save makes version 1.</source>
        <translation>Aún no hay nada guardado. Al guardar por primera vez se crea la versión 1.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="90"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="91"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="92"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="93"/>
        <source>Edit &amp;from this version</source>
        <translation>Editar a partir de es&amp;ta versión</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="95"/>
        <source>Start the next version from this one instead of the current one</source>
        <translation>Empezar la próxima versión a partir de esta en lugar de la actual</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="97"/>
        <source>The handout of this version as it prints</source>
        <translation>La hoja de esta versión tal como se imprime</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="157"/>
        <source>Version {0}</source>
        <translation>Versión {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="159"/>
        <source>(current)</source>
        <translation>(actual)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="162"/>
        <source>large print</source>
        <translation>letra grande</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="95"/>
        <source>Print handout</source>
        <translation>Imprimir hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="97"/>
        <source>Print this version now on the printer of Settings → Printing (Ctrl+P)</source>
        <translation>Imprimir esta versión ahora en la impresora de Ajustes → Impresión (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="100"/>
        <source>Choose the printer in the print dialog</source>
        <translation>Elegir la impresora en el diálogo de impresión</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IllustrationPanel</name>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="45"/>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="68"/>
        <source>No illustration</source>
        <translation>Sin ilustración</translation>
    </message>
</context>
<context>
    <name>KeyCaptureDialog</name>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="50"/>
        <source>Record a key</source>
        <translation>Asignar una tecla</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="54"/>
        <source>Press the key, clicker button or pedal for:
{0}

The next key pressed is recorded, Esc and Tab too.</source>
        <translation>Pulse la tecla, el botón del presentador o el pedal para:
{0}

Se registrará la próxima tecla que pulse, también Esc y Tab.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="59"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>KeyMapEditor</name>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="110"/>
        <source>Choose an action, then record a key for it: press the key, or the button of a clicker or foot pedal. The digits and + or - always enter grades and pain scores.</source>
        <translation>Elija una acción y asígnele una tecla: pulse la tecla, o el botón de un presentador o de un pedal. Las cifras y + o - siempre introducen la fuerza y el dolor.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="117"/>
        <source>Runner actions and their keys</source>
        <translation>Acciones de la sesión y sus teclas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="118"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="118"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="130"/>
        <source>Key message</source>
        <translation>Mensaje sobre las teclas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="133"/>
        <source>Record a key…</source>
        <translation>Asignar una tecla…</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="134"/>
        <source>Remove a key</source>
        <translation>Quitar una tecla</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="135"/>
        <source>Removes the last key of the chosen action</source>
        <translation>Quita la última tecla de la acción seleccionada</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="136"/>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="159"/>
        <source>Next step (starts a timed step)</source>
        <translation>Paso siguiente (inicia un paso cronometrado)</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="160"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="161"/>
        <source>Start or stop the timer</source>
        <translation>Iniciar o parar el temporizador</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="162"/>
        <source>Timer 5 s longer</source>
        <translation>Temporizador 5 s más largo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="163"/>
        <source>Timer 5 s shorter</source>
        <translation>Temporizador 5 s más corto</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="164"/>
        <source>Pause / resume</source>
        <translation>Pausar / reanudar</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="165"/>
        <source>Pain score (then 0 to 10)</source>
        <translation>Puntuación de dolor (luego 0 a 10)</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="166"/>
        <source>Write a note</source>
        <translation>Escribir una nota</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="167"/>
        <source>Skip to the next protocol</source>
        <translation>Saltar al siguiente protocolo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="168"/>
        <source>Show and correct the entries</source>
        <translation>Ver y corregir las anotaciones</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="169"/>
        <source>Show the list of keys</source>
        <translation>Mostrar la lista de teclas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="170"/>
        <source>Full screen on / off</source>
        <translation>Pantalla completa sí / no</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="171"/>
        <source>Leave the runner</source>
        <translation>Salir de la pantalla de sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="204"/>
        <source>“{0}” is not a key this program knows.</source>
        <translation>«{0}» no es una tecla que este programa conozca.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="207"/>
        <source>{0} enters grades and pain scores; it cannot be given to “{1}”.</source>
        <translation>{0} introduce la fuerza y el dolor; no se puede asignar a «{1}».</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="213"/>
        <source>{0} already starts “{1}”.</source>
        <translation>{0} ya inicia «{1}».</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="217"/>
        <source>{0} is already the key for “{1}”; it cannot also be the key for “{2}”. Remove it from “{1}” first.</source>
        <translation>{0} ya es la tecla de «{1}»; no puede ser también la de «{2}». Quítela primero de «{1}».</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="236"/>
        <source>The runner&apos;s default keys are back. Save to keep them.</source>
        <translation>Se han restablecido las teclas predeterminadas de la sesión. Guarde para conservarlas.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap_editor.py" line="286"/>
        <source>(no key)</source>
        <translation>(sin tecla)</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <location filename="../../console/ui/runner/runner_panels.py" line="240"/>
        <source>Runner keys (any key closes this)</source>
        <translation>Teclas de la sesión (cualquier tecla cierra esta lista)</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="25"/>
        <source>Next step; starts the timer of a timed step</source>
        <translation>Paso siguiente; inicia el temporizador de un paso cronometrado</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="26"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="27"/>
        <source>Start or stop the timer</source>
        <translation>Iniciar o parar el temporizador</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="28"/>
        <source>Timer +5 s</source>
        <translation>Temporizador +5 s</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="29"/>
        <source>Timer -5 s</source>
        <translation>Temporizador −5 s</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="30"/>
        <source>Pause / resume</source>
        <translation>Pausar / reanudar</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="31"/>
        <source>Pain score: P, then 0 to 10</source>
        <translation>Dolor: P, luego 0 a 10</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="32"/>
        <source>Write a note (Esc leaves the note field)</source>
        <translation>Escribir una nota (Esc sale del campo de nota)</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="33"/>
        <source>Skip to the next protocol</source>
        <translation>Saltar al siguiente protocolo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="34"/>
        <source>Show and correct this session&apos;s entries</source>
        <translation>Ver y corregir las anotaciones de esta sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="35"/>
        <source>Show or hide this list of keys</source>
        <translation>Mostrar u ocultar esta lista de teclas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="36"/>
        <source>Full screen on / off</source>
        <translation>Pantalla completa sí / no</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="37"/>
        <source>Leave the runner (the session is kept and can be resumed)</source>
        <translation>Salir de la pantalla de sesión (la sesión se conserva y puede reanudarse)</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="61"/>
        <source>0 – 5, then + or −</source>
        <extracomment>What the help overlay says about the entry keys.</extracomment>
        <translation>0 – 5, luego + o −</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="62"/>
        <source>Resistance grade: saved after + or −, at Next, or after a short pause</source>
        <translation>Grado de fuerza: se guarda tras + o −, con Siguiente o tras una breve pausa</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="67"/>
        <source>P, then 0 – 10</source>
        <translation>P, luego 0 – 10</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="68"/>
        <source>Pain score (10 is 1 then 0)</source>
        <translation>Dolor (10 es 1 y luego 0)</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="71"/>
        <source>0 – 10 at a pain prompt</source>
        <translation>0 – 10 cuando se pide el dolor</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/keymap.py" line="72"/>
        <source>Pain score, no P needed</source>
        <translation>Dolor, sin necesidad de P</translation>
    </message>
    <message>
        <source>Time this hold to fatigue for this patient (counts up; stop with Next)</source>
        <translation>Cronometrar este mantenimiento hasta la fatiga con este paciente (cuenta hacia arriba; se para con Siguiente)</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="240"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="240"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="243"/>
        <source>&amp;Interface language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="246"/>
        <source>Every screen changes language when the settings are saved.</source>
        <translation>Todas las pantallas cambian de idioma al guardar los ajustes.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="248"/>
        <source>Pr&amp;otocol language</source>
        <translation>Idioma de los &amp;protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="249"/>
        <source>Handout &amp;paper</source>
        <translation>P&amp;apel de las hojas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="251"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="254"/>
        <source>Relative to the computer&apos;s own text size; applied on Save.</source>
        <translation>Relativo al tamaño de texto del equipo; se aplica al guardar.</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../console/ui/settings/lock_screen.py" line="96"/>
        <source>PNF Console is locked</source>
        <extracomment>How often the idle time is looked at (the lock comes at most this late). Wrong PINs in a row before unlocking pauses, and how long it pauses. The title and the explanation, as multiples of the body text size. The panel&apos;s narrowest width, and the space kept between it and the window&apos;s sides.</extracomment>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/lock_screen.py" line="103"/>
        <source>Patient information is hidden. A running session goes on and keeps saving. Choose your name and enter your PIN to go on.</source>
        <translation>Los datos de los pacientes están ocultos. Una sesión en curso continúa y sigue guardando. Elija su nombre y escriba su PIN.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/lock_screen.py" line="111"/>
        <location filename="../../console/ui/settings/lock_screen.py" line="131"/>
        <source>Therapist</source>
        <translation>Fisioterapeuta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/lock_screen.py" line="118"/>
        <location filename="../../console/ui/settings/lock_screen.py" line="132"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/lock_screen.py" line="121"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/lock_screen.py" line="201"/>
        <source>No PIN: press Unlock</source>
        <translation>Sin PIN: pulse Desbloquear</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="100"/>
        <location filename="../../console/ui/shell/main_window.py" line="161"/>
        <source>Navigation</source>
        <extracomment>The main window&apos;s size on a first start, where the screen has room for it.</extracomment>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="131"/>
        <source>PNF Console — demo (nothing is kept)</source>
        <translation>PNF Console — demostración (no se guarda nada)</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="133"/>
        <source>PNF Console</source>
        <translation>PNF Console</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="137"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="138"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="139"/>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="140"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/main_window.py" line="313"/>
        <source>Demo: synthetic patients in a temporary database, deleted at exit.</source>
        <translation>Demostración: pacientes ficticios en una base de datos temporal que se borra al salir.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="37"/>
        <source>The resume point was not saved: {0}</source>
        <translation>No se guardó el punto donde reanudar: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="17"/>
        <source>Enter the patient&apos;s given name.</source>
        <translation>Introduzca el nombre del paciente.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="18"/>
        <source>Enter the patient&apos;s family name.</source>
        <translation>Introduzca los apellidos del paciente.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="19"/>
        <source>At most 100 characters.</source>
        <translation>Como máximo 100 caracteres.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="20"/>
        <source>At most 40 characters.</source>
        <translation>Como máximo 40 caracteres.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="21"/>
        <source>At most 10000 characters.</source>
        <translation>Como máximo 10 000 caracteres.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="22"/>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento es posterior a hoy.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="23"/>
        <source>The date of birth is too far in the past.</source>
        <translation>La fecha de nacimiento es demasiado antigua.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="24"/>
        <source>The handout language is English or Spanish.</source>
        <translation>El idioma de la hoja debe ser inglés o español.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="25"/>
        <source>Write the date of birth as year-month-day, e.g. 1984-03-02.</source>
        <translation>Escriba la fecha de nacimiento como año-mes-día, p. ej., 1984-03-02.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="26"/>
        <source>Enter the record number.</source>
        <translation>Introduzca el número de historia.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="27"/>
        <source>This record number belongs to another patient.</source>
        <translation>Este número de historia pertenece a otro paciente.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="28"/>
        <source>Enter the therapist&apos;s name.</source>
        <translation>Introduzca el nombre del fisioterapeuta.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="29"/>
        <source>Give the template a name.</source>
        <translation>Ponga un nombre a la plantilla.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="30"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un PIN tiene de 4 a 12 cifras.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="32"/>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="33"/>
        <source>Pain is asked at the start or at the end.</source>
        <translation>El dolor se pregunta al inicio o al final.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="34"/>
        <source>Only a signed session is amended; this one can still be edited.</source>
        <translation>Solo se rectifica una sesión firmada; esta aún puede editarse.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="38"/>
        <source>The database could not be used.</source>
        <translation>No se pudo usar la base de datos.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="39"/>
        <source>This database was made by a newer version of PNF Console. Update the program to open it; the file has not been changed.</source>
        <translation>Esta base de datos se creó con una versión más reciente de PNF Console. Actualice el programa para abrirla; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="44"/>
        <source>The database file is damaged or is not a PNF Console database. It has been left as it is; restore a backup or start a new database.</source>
        <translation>El archivo de la base de datos está dañado o no es una base de datos de PNF Console. Se ha dejado tal cual; restaure una copia de seguridad o empiece una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="49"/>
        <source>The database is busy: another program or another PNF Console is using it. Close the other one and try again.</source>
        <translation>La base de datos está ocupada: otro programa u otro PNF Console la está usando. Cierre el otro e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="54"/>
        <source>The disk is full, so the last entry was not saved. Everything saved before it is safe. Free some space and save again.</source>
        <translation>El disco está lleno, así que la última anotación no se ha guardado. Todo lo guardado antes está a salvo. Libere espacio y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="59"/>
        <source>The database cannot be written: the file or its folder is read-only. Everything saved before is safe.</source>
        <translation>No se puede escribir en la base de datos: el archivo o su carpeta son de solo lectura. Todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="64"/>
        <source>The disk reported an error while saving. Everything saved before is safe; check the disk and try again.</source>
        <translation>El disco informó de un error al guardar. Todo lo guardado antes está a salvo; revise el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="69"/>
        <source>This database is encrypted. Enter the clinic passphrase to open it.</source>
        <translation>Esta base de datos está cifrada. Introduzca la frase de contraseña de la clínica para abrirla.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The target database already holds data, so nothing was copied into it. Moving a clinic needs a new, empty database.</source>
        <translation>La base de datos de destino ya tiene datos, así que no se ha copiado nada en ella. Para trasladar una clínica hace falta una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The database server refused this computer or this role. Ask the clinic's administrator to allow it (see docs/clinic-server.md). Nothing was changed.</source>
        <translation>El servidor de la base de datos no admite este ordenador o este rol. Pida al administrador de la clínica que lo permita (vea docs/clinic-server.md). No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The database server has no database of that name. Check the name in the database address, or set the database up (`pnf-console server init`).</source>
        <translation>El servidor de la base de datos no tiene ninguna base de datos con ese nombre. Revise el nombre en la dirección de la base de datos, o prepárela (`pnf-console server init`).</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The connection to the database server was lost while saving, so the last entry may not have reached it. Everything saved before it is safe. Check the network and try again.</source>
        <translation>Se perdió la conexión con el servidor de la base de datos mientras se guardaba, así que puede que la última anotación no haya llegado. Todo lo guardado antes está a salvo. Revise la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The database role may not do this on the server. Nothing was changed; ask the clinic's administrator to set up the server again (`pnf-console server init`).</source>
        <translation>El rol de la base de datos no puede hacer esto en el servidor. No se ha modificado nada; pida al administrador de la clínica que vuelva a preparar el servidor (`pnf-console server init`).</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The database server did not accept the user name or password. Check them and try again. Nothing was changed.</source>
        <translation>El servidor de la base de datos no aceptó el nombre de usuario o la contraseña. Revíselos e inténtelo de nuevo. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The database server asks for a password. Enter it, or put it in the password file (see docs/clinic-server.md). Nothing was changed.</source>
        <translation>El servidor de la base de datos pide una contraseña. Escríbala, o póngala en el archivo de contraseñas (vea docs/clinic-server.md). No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The database server cannot be reached. Check that the server is on and that this computer is on the clinic's network, then try again. Nothing was changed.</source>
        <translation>No se puede llegar al servidor de la base de datos. Compruebe que el servidor está encendido y que este ordenador está en la red de la clínica, e inténtelo de nuevo. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>The secure connection to the database server could not be made: the server's certificate was not accepted. Check the certificate files named in the database address (see docs/clinic-server.md). Nothing was changed.</source>
        <translation>No se pudo establecer la conexión segura con el servidor de la base de datos: no se aceptó el certificado del servidor. Revise los archivos de certificado indicados en la dirección de la base de datos (vea docs/clinic-server.md). No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="1"/>
        <source>This database was made by an older version of PNF Console and has not been upgraded yet. Open it once with this version (or run `pnf-console migrate`) to upgrade it; nothing has been changed.</source>
        <translation>Esta base de datos la creó una versión anterior de PNF Console y aún no se ha actualizado. Ábrala una vez con esta versión (o ejecute `pnf-console migrate`) para actualizarla; no se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="72"/>
        <source>The passphrase does not open this database. Nothing was changed; check the passphrase and try again. If it is surely right, the file may be damaged: restore a backup.</source>
        <translation>La frase de contraseña no abre esta base de datos. No se ha modificado nada; revise la frase de contraseña e inténtelo de nuevo. Si tiene la certeza de que es correcta, el archivo puede estar dañado: restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="78"/>
        <source>This database is already open in another PNF Console. Use that one, or close it first. Nothing was changed.</source>
        <translation>Esta base de datos ya está abierta en otro PNF Console. Use ese, o ciérrelo primero. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="83"/>
        <source>That item is not in the database.</source>
        <translation>Ese elemento no está en la base de datos.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="84"/>
        <source>This session is signed and can no longer be changed; add an amendment instead.</source>
        <translation>Esta sesión está firmada y ya no se puede modificar; añada una rectificación.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="89"/>
        <source>A resistance grade is 0 to 5, not {0}.</source>
        <translation>Un grado de fuerza va de 0 a 5, no {0}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="90"/>
        <source>{0} is not a resistance grade: 0 to 5, with + or - (no 5+ or 0-).</source>
        <translation>{0} no es un grado de fuerza: de 0 a 5, con + o - (no existen 5+ ni 0-).</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="93"/>
        <source>A pain score is 0 to 10, not {0}.</source>
        <translation>El dolor se puntúa de 0 a 10, no {0}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="94"/>
        <source>Press a grade 0 to 5 first, then + or -.</source>
        <translation>Pulse primero un grado de fuerza de 0 a 5 y después + o -.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="95"/>
        <source>There is no grade {0}.</source>
        <translation>No existe el grado de fuerza {0}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="97"/>
        <source>The saved plan has parts this version does not know: {0}.</source>
        <translation>El plan guardado tiene partes que esta versión no conoce: {0}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="98"/>
        <source>Item {0} of the plan uses the protocol “{1}”, which is not in the library. Put its file back in a protocol folder, or change the plan.</source>
        <translation>El elemento {0} del plan usa el protocolo «{1}», que no está en la biblioteca. Vuelva a poner su archivo en una carpeta de protocolos o cambie el plan.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="103"/>
        <source>Item {0} of the plan ({1}) asks for the side “{2}”; the protocol has {3}.</source>
        <translation>El elemento {0} del plan ({1}) pide el lado «{2}»; el protocolo tiene: {3}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="110"/>
        <source>The home program has no exercises to print. Add at least one first.</source>
        <translation>El programa de ejercicios en casa no tiene ejercicios que imprimir. Añada al menos uno primero.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="113"/>
        <source>The paper size {0} is unknown; use A4 or Letter.</source>
        <translation>El tamaño de papel {0} no se conoce; use A4 o Carta.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="114"/>
        <source>Exercise {0} of the saved program cannot be read: {1}</source>
        <translation>No se puede leer el ejercicio {0} del programa guardado: {1}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="115"/>
        <source>The saved program&apos;s date is not a date: {0}.</source>
        <translation>La fecha del programa guardado no es una fecha: {0}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="116"/>
        <source>The saved program&apos;s exercises are not a list.</source>
        <translation>Los ejercicios del programa guardado no son una lista.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="117"/>
        <source>The protocol “{0}” is done with the therapist, not at home: it has no home dosage.</source>
        <translation>El protocolo «{0}» se hace con el fisioterapeuta, no en casa: no tiene dosis para casa.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/message_catalogue.py" line="121"/>
        <source>The home program names exercises that are not in the protocol library: {0}. Put their files back in a protocol folder, or take them out of the program.</source>
        <translation>El programa de ejercicios en casa nombra ejercicios que no están en la biblioteca de protocolos: {0}. Vuelva a poner sus archivos en una carpeta de protocolos o quítelos del programa.</translation>
    </message>
    <message>
        <source>Item {0} of the plan ({1}) repeats step {2}; the protocol&apos;s last step is {3}.</source>
        <translation>El elemento {0} del plan ({1}) repite el paso {2}; el último paso del protocolo es el {3}.</translation>
    </message>
    <message>
        <source>Only a running session&apos;s plan can change.</source>
        <translation>Solo se puede cambiar el plan de una sesión en curso.</translation>
    </message>
    <message>
        <source>Only a hold can be timed to fatigue.</source>
        <translation>Solo un mantenimiento puede cronometrarse hasta la fatiga.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="33"/>
        <source>Encrypt the database</source>
        <translation>Cifrar la base de datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="35"/>
        <source>Choose a clinic passphrase of at least %n characters. It is asked every time the program starts. It cannot be reset: without it the records cannot be read, so keep it somewhere safe (not on a note at the computer).</source>
        <translation>
            <numerusform>Elija una frase de contraseña de la clínica de al menos %n carácter. Se pedirá cada vez que se inicie el programa. No se puede restablecer: sin ella los datos no se pueden leer, así que guárdela en un lugar seguro (no en una nota junto al ordenador).</numerusform>
            <numerusform>Elija una frase de contraseña de la clínica de al menos %n caracteres. Se pedirá cada vez que se inicie el programa. No se puede restablecer: sin ella los datos no se pueden leer, así que guárdela en un lugar seguro (no en una nota junto al ordenador).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="42"/>
        <source>Encrypted database</source>
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="43"/>
        <source>This database is encrypted. Enter the clinic passphrase to open it.</source>
        <translation>Esta base de datos está cifrada. Introduzca la frase de contraseña de la clínica para abrirla.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="51"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="54"/>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="61"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="63"/>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="72"/>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="72"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="74"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="91"/>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="93"/>
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/passphrase_dialog.py" line="95"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="53"/>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="53"/>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="59"/>
        <source>YYYY-MM-DD, e.g. 1984-03-02</source>
        <translation>AAAA-MM-DD, p. ej., 1984-03-02</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="62"/>
        <source>Leave empty to assign the next number</source>
        <translation>En blanco, se asigna solo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="76"/>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="77"/>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="78"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="79"/>
        <source>&amp;Record number</source>
        <translation>N.º de &amp;historia</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="80"/>
        <source>Handout &amp;language</source>
        <translation>&amp;Idioma de la hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="81"/>
        <source>D&amp;iagnosis</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="82"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="191"/>
        <source>Enter the record number.</source>
        <translation>Introduzca el número de historia.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="196"/>
        <source>Record number {0} belongs to another patient.</source>
        <translation>El número de historia {0} pertenece a otro paciente.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="253"/>
        <source>record</source>
        <translation>historia</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="260"/>
        <source>A patient with this name and date of birth is already on file:</source>
        <translation>Ya existe un paciente con este nombre y fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="263"/>
        <source>If this is the same person, cancel and open their chart. If it is someone else, choose Save anyway.</source>
        <translation>Si es la misma persona, cancele y abra su historia. Si es otra persona, elija Guardar de todos modos.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_dialog.py" line="269"/>
        <source>Save &amp;anyway</source>
        <translation>Guardar de &amp;todos modos</translation>
    </message>
</context>
<context>
    <name>PatientTableModel</name>
    <message>
        <location filename="../../console/ui/patients/patient_model.py" line="41"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_model.py" line="42"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_model.py" line="43"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_model.py" line="44"/>
        <source>Record number</source>
        <translation>N.º de historia</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_model.py" line="45"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patient_model.py" line="46"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="49"/>
        <source>Search by name, date of birth (YYYY-MM-DD) or record number…</source>
        <translation>Buscar por nombre, fecha de nacimiento (AAAA-MM-DD) o n.º de historia…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="52"/>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="53"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="54"/>
        <source>Add a patient (Ctrl+N)</source>
        <translation>Añadir un paciente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="55"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="56"/>
        <source>Edit the chosen patient (Ctrl+E)</source>
        <translation>Editar el paciente seleccionado (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="57"/>
        <source>&amp;Open chart</source>
        <translation>&amp;Abrir historia</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="58"/>
        <source>Open the chosen patient&apos;s chart (Enter)</source>
        <translation>Abrir la historia del paciente seleccionado (Intro)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="72"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="125"/>
        <source>No patient matches “{0}”. Ctrl+N adds a new patient.</source>
        <translation>Ningún paciente coincide con «{0}». Ctrl+N añade un paciente nuevo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/patients_page.py" line="127"/>
        <source>No patients yet. Ctrl+N adds the first one.</source>
        <translation>Aún no hay pacientes. Ctrl+N añade el primero.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n patient(s); type more to narrow the search.</source>
        <translation>
            <numerusform>Solo se muestra %n paciente; escriba más para acotar la búsqueda.</numerusform>
            <numerusform>Se muestran los primeros %n pacientes; escriba más para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="93"/>
        <source>PIN for {0}</source>
        <translation>PIN de {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="101"/>
        <source>The PIN unlocks the screen for {0}.</source>
        <translation>El PIN desbloquea la pantalla para {0}.</translation>
    </message>
</context>
<context>
    <name>PinFields</name>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="60"/>
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="62"/>
        <source>PIN a&amp;gain</source>
        <translation>&amp;Repetir PIN</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="64"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="65"/>
        <source>PIN again</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="79"/>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>Un PIN tiene de {0} a {1} cifras.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="81"/>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="54"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="55"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="56"/>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="61"/>
        <source>{:g} s between sets</source>
        <translation>{:g} s entre series</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="62"/>
        <source>hold {:g} s</source>
        <translation>mantener {:g} s</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="63"/>
        <source>relax {:g} s</source>
        <translation>relajar {:g} s</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="64"/>
        <source>rest {:g} s</source>
        <translation>descanso {:g} s</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="65"/>
        <source>repeats ×{}</source>
        <translation>repeticiones ×{}</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="113"/>
        <source>Session plan</source>
        <translation>Plan de la sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="126"/>
        <source>Search protocols…</source>
        <translation>Buscar protocolos…</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="128"/>
        <source>Search protocols</source>
        <translation>Buscar protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="130"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="133"/>
        <source>All techniques</source>
        <translation>Todas las técnicas</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="142"/>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="145"/>
        <source>&amp;Add to plan →</source>
        <translation>&amp;Añadir al plan →</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="163"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="164"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="165"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="174"/>
        <location filename="../../console/ui/runner/plan_editor.py" line="185"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="175"/>
        <location filename="../../console/ui/runner/plan_editor.py" line="186"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="176"/>
        <source>Repeats (times the file&apos;s)</source>
        <translation>Repeticiones (multiplica las del protocolo)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="177"/>
        <source>Hold seconds</source>
        <translation>Mantener, en segundos</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="178"/>
        <source>Relax seconds</source>
        <translation>Relajar, en segundos</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="179"/>
        <source>Rest seconds</source>
        <translation>Descanso, en segundos</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="183"/>
        <source>Rest between sets, seconds</source>
        <translation>Descanso entre series, en segundos</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="187"/>
        <source>Rest between sets (s)</source>
        <translation>Descanso entre series (s)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="188"/>
        <source>Hold (s)</source>
        <translation>Mantener (s)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="189"/>
        <source>Relax (s)</source>
        <translation>Relajar (s)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="190"/>
        <source>Rest (s)</source>
        <translation>Descanso (s)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="191"/>
        <source>Repeats ×</source>
        <translation>Repeticiones ×</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="199"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="200"/>
        <source>Load template</source>
        <translation>Cargar plantilla</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="201"/>
        <source>Save as template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="211"/>
        <source>&lt;b&gt;Plan&lt;/b&gt; (drag or Ctrl+↑/↓ to reorder)</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt; (arrastre o Ctrl+↑/↓ para reordenar)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="225"/>
        <source>Sa&amp;ve plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="226"/>
        <source>&amp;Start session</source>
        <translation>Empezar la &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="230"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="305"/>
        <source>Not in the library any more, left out: {0}</source>
        <translation>Ya no está en la biblioteca, se ha omitido: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="385"/>
        <source>Choose a protocol in the list first.</source>
        <translation>Elija primero un protocolo de la lista.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="429"/>
        <location filename="../../console/ui/runner/plan_editor.py" line="442"/>
        <source>file: {0}</source>
        <translation>según protocolo: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="431"/>
        <source>file: {0:g}</source>
        <translation>según protocolo: {0:g}</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="433"/>
        <source>file</source>
        <translation>según protocolo</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="505"/>
        <source>Plan saved.</source>
        <translation>Plan guardado.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="510"/>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="510"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="523"/>
        <source>Template “{0}” saved.</source>
        <translation>Plantilla «{0}» guardada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="316"/>
        <source>{0} (built-in)</source>
        <translation>{0} (incluida)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="524"/>
        <source>“{0}” is a built-in template; choose another name.</source>
        <translation>«{0}» es una plantilla incluida en el programa; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="559"/>
        <source>Home program for this plan: {0}</source>
        <translation>Programa de ejercicios en casa de este plan: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n protocol(s)</source>
        <translation>
            <numerusform>%n protocolo</numerusform>
            <numerusform>%n protocolos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>aprox. %n min</numerusform>
            <numerusform>aprox. %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <location filename="../../console/ui/runner/plan_editor.py" line="83"/>
        <source>Plan</source>
        <extracomment>Seconds an untimed step (position, move, cue, prompt) is assumed to take in the estimate of the session&apos;s length.</extracomment>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>ProtocolTableModel</name>
    <message>
        <location filename="../../console/ui/library/protocol_model.py" line="40"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocol_model.py" line="41"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocol_model.py" line="42"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocol_model.py" line="43"/>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocol_model.py" line="44"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>ProtocolsPage</name>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="44"/>
        <source>Search protocols…</source>
        <translation>Buscar protocolos…</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="47"/>
        <source>Search protocols</source>
        <translation>Buscar protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="48"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="48"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="49"/>
        <source>All patterns</source>
        <translation>Todos los patrones</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="49"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="50"/>
        <source>All techniques</source>
        <translation>Todas las técnicas</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="50"/>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="51"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="51"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="53"/>
        <source>Protocol language</source>
        <translation>Idioma de los protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="56"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="57"/>
        <source>Read the protocol folders again</source>
        <translation>Volver a leer las carpetas de protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="82"/>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="89"/>
        <source>Protocol detail</source>
        <translation>Detalle del protocolo</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="104"/>
        <source>Rejected protocol files</source>
        <translation>Archivos de protocolo rechazados</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="107"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../console/ui/library/protocols_page.py" line="108"/>
        <source>Rejected files</source>
        <translation>Archivos rechazados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/library/protocols_page.py" line="161"/>
        <source>Rejected files (%n)</source>
        <translation>
            <numerusform>Archivos rechazados (%n)</numerusform>
            <numerusform>Archivos rechazados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n protocol(s) shown</source>
        <translation>
            <numerusform>{0} de %n protocolo mostrado</numerusform>
            <numerusform>{0} de %n protocolos mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="32"/>
        <source>Entries of this session</source>
        <translation>Anotaciones de esta sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="34"/>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="38"/>
        <source>New value, e.g. 4+ or 3</source>
        <translation>Nuevo valor, p. ej., 4+ o 3</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="39"/>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="40"/>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="60"/>
        <source>Pain at start</source>
        <translation>Dolor al inicio</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="61"/>
        <source>Pain at end</source>
        <translation>Dolor al final</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="62"/>
        <source>Grade</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="63"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="64"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="72"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="72"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="72"/>
        <source>both</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="82"/>
        <source>set {0}</source>
        <translation>serie {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="87"/>
        <source>(corrected)</source>
        <translation>(corregida)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="98"/>
        <source>Choose an entry first.</source>
        <translation>Elija primero una anotación.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_records.py" line="109"/>
        <source>Corrected; the original is kept in the history.</source>
        <translation>Corregida; la original se conserva en el historial.</translation>
    </message>
    <message>
        <source>Held (s)</source>
        <translation>Mantenido (s)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../console/ui/runner/resume.py" line="112"/>
        <source>Unfinished session</source>
        <translation>Sesión sin terminar</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/resume.py" line="114"/>
        <source>The session of {0} started {1} was not finished.</source>
        <translation>La sesión de {0} iniciada el {1} no se terminó.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/resume.py" line="127"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/resume.py" line="130"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/resume.py" line="147"/>
        <source>Session cannot run</source>
        <translation>La sesión no se puede ejecutar</translation>
    </message>
    <message numerus="yes">
        <source>Resume at step {0}: {1}. %n entry(s) saved.</source>
        <translation>
            <numerusform>Reanudar en el paso {0}: {1}. Hay %n anotación guardada.</numerusform>
            <numerusform>Reanudar en el paso {0}: {1}. Hay %n anotaciones guardadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished session(s) on the Today screen.</source>
        <translation>
            <numerusform>Hay %n sesión más sin terminar en la pantalla Hoy.</numerusform>
            <numerusform>Hay %n sesiones más sin terminar en la pantalla Hoy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunnerWindow</name>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="164"/>
        <source>PNF Console — session</source>
        <extracomment>The runner&apos;s type never goes below this share of its design size (1920 x 1080). The smallest type an instruction is shrunk to before it scrolls, in pixels.</extracomment>
        <translation>PNF Console — sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="198"/>
        <source>Note — Enter saves, Esc leaves</source>
        <translation>Nota — Intro guarda, Esc sale</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="199"/>
        <location filename="../../console/ui/runner/runner_window.py" line="237"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="231"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="232"/>
        <source>Start / stop</source>
        <translation>Iniciar / parar</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="233"/>
        <location filename="../../console/ui/runner/runner_window.py" line="570"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="234"/>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="235"/>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="236"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="238"/>
        <source>Skip protocol</source>
        <translation>Saltar protocolo</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="239"/>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="240"/>
        <source>Keys ?</source>
        <translation>Teclas ?</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="241"/>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="242"/>
        <location filename="../../console/ui/runner/runner_window.py" line="569"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="567"/>
        <source>Finish session ✓</source>
        <translation>Terminar sesión ✓</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_window.py" line="570"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../console/ui/settings/lock_screen.py" line="326"/>
        <source>PNF Console — locked</source>
        <translation>PNF Console — bloqueado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/ui/settings/lock_screen.py" line="355"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/lock_screen.py" line="368"/>
        <source>That PIN is not right. Try again.</source>
        <translation>El PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SecurityActions</name>
    <message>
        <location filename="../../console/ui/settings/security_actions.py" line="48"/>
        <location filename="../../console/ui/settings/security_actions.py" line="55"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/security_actions.py" line="56"/>
        <source>The database is encrypted. The passphrase is asked at every start. Backups made from now on are encrypted too; older backups are not.</source>
        <translation>La base de datos está cifrada. La frase de contraseña se pedirá en cada inicio. Las copias de seguridad que se hagan a partir de ahora también estarán cifradas; las anteriores, no.</translation>
    </message>
</context>
<context>
    <name>SecuritySection</name>
    <message>
        <source>The records are on the clinic server: the connection is protected with TLS and the server by its administrator (see the clinic server guide). A file&apos;s encryption does not apply.</source>
        <translation>Los datos están en el servidor de la clínica: la conexión se protege con TLS y el servidor, su administrador (vea la guía del servidor de la clínica). El cifrado de un archivo no se aplica.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="35"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="36"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="38"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="42"/>
        <source>Minutes without a key press or a click before patient data is hidden behind the lock screen. A running timer keeps its records.</source>
        <translation>Minutos sin pulsar una tecla ni hacer clic antes de que los datos de los pacientes queden ocultos tras la pantalla de bloqueo. Un temporizador en marcha sigue guardando sus anotaciones.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="48"/>
        <source>Encrypt the records…</source>
        <translation>Cifrar los datos…</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="49"/>
        <source>Encrypt the records on this computer</source>
        <translation>Cifrar los datos en este equipo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="53"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="67"/>
        <source>The records are encrypted; the clinic passphrase opens them.</source>
        <translation>Los datos están cifrados; la frase de contraseña de la clínica los abre.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_folders.py" line="70"/>
        <source>The records are not encrypted. Encryption asks a clinic passphrase at every start; a forgotten passphrase cannot be recovered.</source>
        <translation>Los datos no están cifrados. El cifrado pide una frase de contraseña de la clínica en cada inicio; una frase de contraseña olvidada no se puede recuperar.</translation>
    </message>
</context>
<context>
    <name>SessionCompare</name>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="56"/>
        <source>First session</source>
        <translation>Primera sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="58"/>
        <source>Second session</source>
        <translation>Segunda sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="60"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="65"/>
        <source>&amp;First session</source>
        <translation>Primer&amp;a sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="67"/>
        <source>Secon&amp;d session</source>
        <translation>Se&amp;gunda sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="127"/>
        <source>Pain at start (NPRS)</source>
        <translation>Dolor al inicio (EVN)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="128"/>
        <source>Pain at end (NPRS)</source>
        <translation>Dolor al final (EVN)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="129"/>
        <source>Pain during (NPRS)</source>
        <translation>Dolor durante (EVN)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="136"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="136"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="136"/>
        <source>both</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="156"/>
        <source>A patient needs two sessions to compare.</source>
        <translation>Se necesitan dos sesiones del paciente para comparar.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_compare.py" line="159"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>{0}: held</source>
        <translation>{0}: mantenido</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>Flexor / extensor (target &lt; 1.00)</source>
        <translation>Flexores / extensores (objetivo &lt; 1,00)</translation>
    </message>
    <message>
        <source>Right / left side bridge (target 0.95 to 1.05)</source>
        <translation>Puente lateral derecho / izquierdo (objetivo de 0,95 a 1,05)</translation>
    </message>
    <message>
        <source>Side bridge right / extensor (target &lt; 0.75)</source>
        <translation>Puente lateral derecho / extensores (objetivo &lt; 0,75)</translation>
    </message>
    <message>
        <source>Side bridge left / extensor (target &lt; 0.75)</source>
        <translation>Puente lateral izquierdo / extensores (objetivo &lt; 0,75)</translation>
    </message>
</context>
<context>
    <name>SessionDetailView</name>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="18"/>
        <source>{0} s between sets</source>
        <translation>{0} s entre series</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="19"/>
        <source>hold {0} s</source>
        <translation>mantener {0} s</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="20"/>
        <source>relax {0} s</source>
        <translation>relajar {0} s</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="21"/>
        <source>rest {0} s</source>
        <translation>descanso {0} s</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="22"/>
        <source>repeats ×{0}</source>
        <translation>repeticiones ×{0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="25"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="26"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="27"/>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="53"/>
        <source>Session detail</source>
        <translation>Detalle de la sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="58"/>
        <source>Signed {0}</source>
        <translation>Firmada el {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="61"/>
        <source>Unfinished (can be resumed)</source>
        <translation>Sin terminar (se puede reanudar)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="62"/>
        <source>Finished, not signed</source>
        <translation>Terminada, sin firmar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="74"/>
        <source>Choose a session in the timeline.</source>
        <translation>Elija una sesión en la cronología.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="86"/>
        <source>Session of {0}</source>
        <translation>Sesión del {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="92"/>
        <source>Therapist: {0}</source>
        <translation>Fisioterapeuta: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="94"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="96"/>
        <source>Records</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="102"/>
        <source>No plan was kept for this session.</source>
        <translation>No se guardó ningún plan para esta sesión.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="124"/>
        <source>Grade</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="126"/>
        <source>Pain at start</source>
        <translation>Dolor al inicio</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="126"/>
        <source>Pain at end</source>
        <translation>Dolor al final</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="127"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="128"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="132"/>
        <source>Nothing was recorded in this session.</source>
        <translation>No se anotó nada en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="138"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="139"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="140"/>
        <source>Pattern, side</source>
        <translation>Patrón, lado</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="141"/>
        <source>Set</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="142"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="156"/>
        <source>corrected</source>
        <translation>corregida</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/session_view.py" line="160"/>
        <source>correction of {0} entered {1}</source>
        <translation>corrige el valor {0} anotado a las {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>Held to fatigue</source>
        <translation>Mantenido hasta la fatiga</translation>
    </message>
</context>
<context>
    <name>SessionLaunch</name>
    <message>
        <location filename="../../console/ui/runner/session_launch.py" line="78"/>
        <source>Unfinished session</source>
        <translation>Sesión sin terminar</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/session_launch.py" line="79"/>
        <source>This patient has an unfinished session, started {0}. Resume it first, so its records stay together.</source>
        <translation>Este paciente tiene una sesión sin terminar, iniciada el {0}. Reanúdela primero, para que sus anotaciones queden juntas.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/session_launch.py" line="92"/>
        <source>No plan yet</source>
        <translation>Aún no hay plan</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/session_launch.py" line="106"/>
        <location filename="../../console/ui/runner/session_launch.py" line="152"/>
        <source>Runner not available</source>
        <translation>Pantalla de sesión no disponible</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/session_launch.py" line="119"/>
        <source>Session not started</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/session_launch.py" line="133"/>
        <location filename="../../console/ui/runner/session_launch.py" line="137"/>
        <source>Session cannot run</source>
        <translation>La sesión no se puede ejecutar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saved. The console opens the new database at its next start.</source>
        <translation>Guardado. La consola abre la nueva base de datos en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="43"/>
        <source>Use digits, spaces and + ( ) - . / only.</source>
        <translation>Use solo cifras, espacios y + ( ) - . /</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="44"/>
        <source>The logo must be a PNG, JPEG or SVG picture.</source>
        <translation>El logotipo debe ser una imagen PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="45"/>
        <source>A protocol folder cannot be blank.</source>
        <translation>Una carpeta de protocolos no puede quedar en blanco.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="102"/>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="105"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="106"/>
        <source>Therapists</source>
        <translation>Fisioterapeutas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="107"/>
        <source>Language and print</source>
        <translation>Idioma e impresión</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="108"/>
        <source>Runner keys</source>
        <translation>Teclas de la sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="109"/>
        <source>Sound and speech</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="110"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="111"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="117"/>
        <source>Settings status</source>
        <translation>Estado de los ajustes</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="118"/>
        <source>&amp;Revert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="119"/>
        <source>Put back the settings as they were saved</source>
        <translation>Volver a los ajustes tal como se guardaron</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="120"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="127"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="176"/>
        <source>Some settings need attention before they can be saved.</source>
        <translation>Algunos ajustes necesitan revisión antes de poder guardarse.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="178"/>
        <source>Unsaved changes.</source>
        <translation>Cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="186"/>
        <source>Not saved: some settings need attention.</source>
        <translation>Sin guardar: algunos ajustes necesitan revisión.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="198"/>
        <source>Not saved: {0}</source>
        <translation>Sin guardar: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="204"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="47"/>
        <source>A printer name has no spaces, / or #.</source>
        <translation>El nombre de una impresora no lleva espacios, / ni #.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_page.py" line="31"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
</context>
<context>
    <name>SoapEditor</name>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="72"/>
        <source>Write the Objective again from the session&apos;s grades, pain scores and notes</source>
        <translation>Volver a redactar el Objetivo con las valoraciones de fuerza, las puntuaciones de dolor y las notas de la sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="70"/>
        <source>&amp;Objective from records</source>
        <translation>&amp;Objetivo a partir de las anotaciones</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="74"/>
        <source>Sa&amp;ve note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="75"/>
        <source>Save the SOAP note (Ctrl+S)</source>
        <translation>Guardar la nota SOAP (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="76"/>
        <source>Si&amp;gn…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="77"/>
        <location filename="../../console/ui/patients/soap_editor.py" line="176"/>
        <source>Sign the session: it is locked afterwards</source>
        <translation>Firmar la sesión: después queda bloqueada</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="95"/>
        <source>Signed note and amendments</source>
        <translation>Nota firmada y rectificaciones</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="96"/>
        <source>Add &amp;amendment…</source>
        <translation>Añadir rec&amp;tificación…</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="98"/>
        <source>Correct or add to the signed session; the original stays as it was</source>
        <translation>Corregir o completar la sesión firmada; el original se conserva como estaba</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="126"/>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="127"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="128"/>
        <source>Assessment</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="129"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="174"/>
        <source>Finish the session in the runner before signing it</source>
        <translation>Termine la sesión en la pantalla de sesión antes de firmarla</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="210"/>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="213"/>
        <source>Saved {0}</source>
        <translation>Guardada el {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="245"/>
        <location filename="../../console/ui/patients/soap_editor.py" line="248"/>
        <source>Note not saved</source>
        <translation>Nota sin guardar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="257"/>
        <source>Session is signed</source>
        <translation>La sesión está firmada</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="258"/>
        <source>A signed session is not changed. Add an amendment instead.</source>
        <translation>Una sesión firmada no se modifica. Añada una rectificación.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="265"/>
        <source>Sign the session?</source>
        <translation>¿Firmar la sesión?</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="267"/>
        <source>After signing, this session, its records and its note are locked. Later corrections are added as amendments beside the original.</source>
        <translation>Tras firmarla, esta sesión, sus anotaciones y su nota quedan bloqueadas. Las correcciones posteriores se añaden como rectificaciones junto al original.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="288"/>
        <source>Session not signed</source>
        <translation>Sesión sin firmar</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="305"/>
        <source>Signed {0}</source>
        <translation>Firmada el {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="318"/>
        <source>Part</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="319"/>
        <source>As signed</source>
        <translation>Tal como se firmó</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="320"/>
        <source>Amendments</source>
        <translation>Rectificaciones</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="331"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="354"/>
        <source>unknown therapist</source>
        <translation>fisioterapeuta desconocido</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="355"/>
        <source>Amended {0} by {1}</source>
        <translation>Rectificada el {0} por {1}</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/soap_editor.py" line="356"/>
        <source>Why: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="285"/>
        <source>Play &amp;tones at the start, 3-2-1 and end of a timer</source>
        <translation>Emitir &amp;tonos al inicio, en 3-2-1 y al final de un temporizador</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="286"/>
        <source>Speak the verbal command &amp;aloud</source>
        <translation>Decir la orden verbal en voz &amp;alta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="291"/>
        <source>The engine&apos;s own voice</source>
        <translation>La voz predeterminada del motor</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="298"/>
        <source>&amp;English voice</source>
        <translation>Voz en &amp;inglés</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="300"/>
        <source>S&amp;panish voice</source>
        <translation>Voz en &amp;español</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="303"/>
        <source>Looking for voices…</source>
        <translation>Buscando voces…</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="307"/>
        <source>V&amp;olume</source>
        <translation>V&amp;olumen</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_sections.py" line="338"/>
        <source>{0} No voice is available; commands are shown, not spoken.</source>
        <translation>{0} No hay ninguna voz disponible; las órdenes se muestran, no se dicen.</translation>
    </message>
    <message numerus="yes">
        <source>%n English voice(s)</source>
        <translation>
            <numerusform>%n voz en inglés</numerusform>
            <numerusform>%n voces en inglés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Spanish voice(s)</source>
        <translation>
            <numerusform>%n voz en español</numerusform>
            <numerusform>%n voces en español</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} and {1} on this computer.</source>
        <translation>{0} y {1} en este equipo.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../console/ui/runner/cues.py" line="158"/>
        <source>No speech engine is installed on this computer.</source>
        <translation>No hay ningún motor de voz instalado en este equipo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/cues.py" line="160"/>
        <source>The speech engine “{0}” is not installed.</source>
        <translation>El motor de voz «{0}» no está instalado.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/cues.py" line="162"/>
        <source>no detail</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/cues.py" line="163"/>
        <source>The speech engine does not work ({0}).</source>
        <translation>El motor de voz no funciona ({0}).</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/cues.py" line="169"/>
        <source>The speech engine did not start within {0:g} s.</source>
        <translation>El motor de voz no arrancó en {0:g} s.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/cues.py" line="176"/>
        <source>Commands are shown, not spoken.</source>
        <translation>Las órdenes se muestran, no se dicen.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <location filename="../../console/ui/shell/startup_check.py" line="68"/>
        <source>Database check</source>
        <translation>Comprobación de la base de datos</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup_check.py" line="70"/>
        <source>The check of the database at start found problems. What is on screen can still be used, and nothing has been changed.</source>
        <translation>La comprobación de la base de datos al inicio ha encontrado problemas. Lo que se ve en pantalla puede seguir usándose y no se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/startup_check.py" line="77"/>
        <source>Finish what you are doing, close PNF Console and restore the newest good backup (pnf-console restore FILE), or ask your administrator. &apos;pnf-console check-db&apos; lists the problems again.</source>
        <translation>Termine lo que esté haciendo, cierre PNF Console y restaure la copia de seguridad válida más reciente (pnf-console restore ARCHIVO), o consulte a su administrador. «pnf-console check-db» vuelve a mostrar los problemas.</translation>
    </message>
</context>
<context>
    <name>StorageOpener</name>
    <message>
        <location filename="../../console/ui/shell/storage_startup.py" line="70"/>
        <source>PNF Console</source>
        <extracomment>The start-up backup waits this long after the first paint, off the first screen. After this many passphrases that do not open the file, the damaged-database dialog is offered too (an encrypted file that is damaged refuses every passphrase).</extracomment>
        <translation>PNF Console</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/instance_claim.py" line="59"/>
        <source>PNF Console is already open</source>
        <translation>PNF Console ya está abierto</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/instance_claim.py" line="61"/>
        <source>PNF Console is already open on this database.</source>
        <translation>PNF Console ya está abierto con esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/instance_claim.py" line="64"/>
        <source>Only one PNF Console at a time can use a database, so that no record is ever written twice. Switch to the window that is already open, or close it and start again. Nothing was changed.

Database: %1</source>
        <translation>Solo un PNF Console a la vez puede usar una base de datos, para que ningún dato se escriba dos veces. Vaya a la ventana que ya está abierta, o ciérrela y vuelva a empezar. No se ha modificado nada.

Base de datos: %1</translation>
    </message>
</context>
<context>
    <name>TherapistIdentity</name>
    <message>
        <location filename="../../console/ui/settings/therapist_identity.py" line="17"/>
        <source>Therapist</source>
        <translation>Fisioterapeuta</translation>
    </message>
</context>
<context>
    <name>TherapistsSection</name>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="120"/>
        <source>&amp;Therapists</source>
        <translation>&amp;Fisioterapeutas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="122"/>
        <source>Therapists</source>
        <translation>Fisioterapeutas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="123"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="124"/>
        <source>Rename the chosen therapist</source>
        <translation>Cambiar el nombre del fisioterapeuta seleccionado</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="125"/>
        <location filename="../../console/ui/settings/settings_therapists.py" line="221"/>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="126"/>
        <source>Deactivate or reactivate the therapist</source>
        <translation>Desactivar o reactivar al fisioterapeuta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="127"/>
        <source>Set PIN…</source>
        <translation>Establecer PIN…</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="128"/>
        <source>Set the chosen therapist&apos;s PIN</source>
        <translation>Establecer el PIN del fisioterapeuta seleccionado</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="129"/>
        <source>Remove PIN</source>
        <translation>Quitar PIN</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="130"/>
        <source>Remove the chosen therapist&apos;s PIN</source>
        <translation>Quitar el PIN del fisioterapeuta seleccionado</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="132"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="133"/>
        <source>&amp;New therapist</source>
        <translation>&amp;Nuevo fisioterapeuta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="135"/>
        <source>New therapist&apos;s name</source>
        <translation>Nombre del nuevo fisioterapeuta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="136"/>
        <source>Add therapist</source>
        <translation>Añadir fisioterapeuta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="160"/>
        <source>Each record, signature and audit entry names its therapist. Changes here are saved at once; a deactivated therapist stays in their records.</source>
        <translation>Cada anotación, firma y entrada del registro de auditoría indica su fisioterapeuta. Los cambios aquí se guardan al momento; un fisioterapeuta desactivado sigue constando en sus anotaciones.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="196"/>
        <source> (inactive)</source>
        <translation> (inactivo)</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="198"/>
        <source> · PIN set</source>
        <translation> · con PIN</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="221"/>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="246"/>
        <source>At least one therapist stays active: add another one first.</source>
        <translation>Al menos un fisioterapeuta debe seguir activo: añada otro primero.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="270"/>
        <source>New name for {0}</source>
        <translation>Nuevo nombre para {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_therapists.py" line="302"/>
        <source>Rename therapist</source>
        <translation>Cambiar el nombre del fisioterapeuta</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="48"/>
        <location filename="../../console/ui/shell/today_page.py" line="64"/>
        <source>Unfinished sessions</source>
        <extracomment>Tables whose change can alter what Today shows.</extracomment>
        <translation>Sesiones sin terminar</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="49"/>
        <location filename="../../console/ui/shell/today_page.py" line="66"/>
        <source>Seen today</source>
        <translation>Atendidos hoy</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="50"/>
        <location filename="../../console/ui/shell/today_page.py" line="68"/>
        <source>Recently seen</source>
        <translation>Atendidos recientemente</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="51"/>
        <source>&amp;Resume session</source>
        <translation>&amp;Reanudar sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="53"/>
        <source>Continue the chosen unfinished session at the step it was on</source>
        <translation>Continuar la sesión sin terminar seleccionada en el paso en que se quedó</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="55"/>
        <source>&amp;Start next session</source>
        <translation>&amp;Empezar la próxima sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="57"/>
        <source>Start the chosen patient&apos;s next session from their last plan</source>
        <translation>Empezar la próxima sesión del paciente seleccionado con su último plan</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="59"/>
        <source>&amp;Open chart</source>
        <translation>&amp;Abrir historia</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="144"/>
        <source>Today, {0}</source>
        <translation>Hoy, {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="151"/>
        <source>{0} — started {1}, at step {2}</source>
        <translation>{0} — iniciada el {1}, en el paso {2}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="159"/>
        <source>No unfinished sessions.</source>
        <translation>No hay sesiones sin terminar.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="164"/>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="165"/>
        <source>note to sign</source>
        <translation>nota por firmar</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="166"/>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="176"/>
        <source>Nobody seen yet today.</source>
        <translation>Aún no se ha atendido a nadie hoy.</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="184"/>
        <source>{0} ({1}) — last seen {2}</source>
        <translation>{0} ({1}) — última visita {2}</translation>
    </message>
    <message>
        <location filename="../../console/ui/shell/today_page.py" line="191"/>
        <source>No sessions yet. Open Patients to add a patient.</source>
        <translation>Aún no hay sesiones. Abra Pacientes para añadir un paciente.</translation>
    </message>
    <message>
        <source>Everyone seen recently was seen today (see Seen today).</source>
        <translation>Todos los pacientes vistos recientemente fueron atendidos hoy (vea Atendidos hoy).</translation>
    </message>
</context>
<context>
    <name>TonePlayer</name>
    <message>
        <location filename="../../console/ui/runner/cues.py" line="65"/>
        <source>The sound file {0} is missing; cues are silent.</source>
        <extracomment>How long the speech engine may take to become ready before the runner gives up on it.</extracomment>
        <translation>Falta el archivo de sonido {0}; los avisos son silenciosos.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/cues.py" line="81"/>
        <source>No sound device is working: the runner is silent (cues are shown).</source>
        <translation>No funciona ningún dispositivo de sonido: la sesión va sin sonido (los avisos se muestran).</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="34"/>
        <source>Resistance grade per pattern and side</source>
        <translation>Grado de fuerza por patrón y lado</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="35"/>
        <source>Pain (NPRS)</source>
        <translation>Dolor (EVN)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="37"/>
        <source>Resistance grade trend</source>
        <translation>Evolución del grado de fuerza</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="39"/>
        <source>Pain trend</source>
        <translation>Evolución del dolor</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="48"/>
        <source>Legend of the resistance grade trend</source>
        <translation>Leyenda de la evolución del grado de fuerza</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="54"/>
        <source>No grades or pain scores recorded yet.</source>
        <translation>Aún no hay valoraciones de fuerza ni puntuaciones de dolor.</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="89"/>
        <source>Pain at start</source>
        <translation>Dolor al inicio</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="90"/>
        <source>Pain at end</source>
        <translation>Dolor al final</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="91"/>
        <source>Pain during the session</source>
        <translation>Dolor durante la sesión</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="99"/>
        <source>Grade (0–5)</source>
        <translation>Fuerza (0–5)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="110"/>
        <source>NPRS (0–10)</source>
        <translation>EVN (0–10)</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="114"/>
        <source>Resistance</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="115"/>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="115"/>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <location filename="../../console/ui/patients/trend_chart.py" line="115"/>
        <source>both</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>Grades and pain</source>
        <translation>Fuerza y dolor</translation>
    </message>
    <message>
        <source>Endurance</source>
        <translation>Resistencia</translation>
    </message>
</context>
<context>
    <name>VersionView</name>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="34"/>
        <source>The chosen version</source>
        <translation>La versión seleccionada</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="43"/>
        <source>No home program yet.</source>
        <translation>Aún no hay programa de ejercicios en casa.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="45"/>
        <source>Version {0}, saved {1}</source>
        <translation>Versión {0}, guardada el {1}</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="48"/>
        <source>Handout in {0}</source>
        <translation>Hoja en {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="50"/>
        <source>large print</source>
        <translation>letra grande</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="56"/>
        <source>hold {0} s</source>
        <translation>mantener {0} s</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="61"/>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/home_program_versions.py" line="63"/>
        <source>Caution: {0}</source>
        <translation>Precaución: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n día a la semana</numerusform>
            <numerusform>%n días a la semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a day</source>
        <translation>
            <numerusform>%n vez al día</numerusform>
            <numerusform>%n veces al día</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceSearch</name>
    <message>
        <location filename="../../console/ui/runner/voices.py" line="63"/>
        <source>The speech engine has no English or Spanish voices.</source>
        <extracomment>The engine asked when none is named: the computer&apos;s usual one. Tests name Qt&apos;s &quot;mock&quot; engine instead.</extracomment>
        <translation>El motor de voz no tiene voces en inglés ni en español.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/voices.py" line="67"/>
        <source>No speech engine is installed.</source>
        <translation>No hay ningún motor de voz instalado.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/voices.py" line="69"/>
        <source>The speech engine does not work on this computer.</source>
        <translation>El motor de voz no funciona en este equipo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/voices.py" line="73"/>
        <source>The speech engine did not answer; no voice can be chosen.</source>
        <translation>El motor de voz no respondió; no se puede elegir ninguna voz.</translation>
    </message>
</context>
<context>
    <name>PrintingSection</name>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="36"/>
        <source>&amp;Look for printers</source>
        <translation>&amp;Buscar impresoras</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="38"/>
        <source>List the printers installed on this computer again</source>
        <translation>Volver a buscar las impresoras instaladas en este ordenador</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="44"/>
        <source>The paper in the printer</source>
        <translation>El papel de la impresora</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="45"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="46"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="47"/>
        <source>Print on &amp;both sides of the sheet</source>
        <translation>Imprimir por &amp;ambas caras de la hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="51"/>
        <source>&amp;Printer for handouts</source>
        <translation>&amp;Impresora para las hojas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="56"/>
        <source>‘Print handout’ prints here at once, without a dialog. Each computer keeps its own printer.</source>
        <translation>«Imprimir hoja» imprime aquí al momento, sin diálogo. Cada ordenador guarda su propia impresora.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="51"/>
        <source>Printer for handouts</source>
        <translation>Impresora para las hojas</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="61"/>
        <source>P&amp;aper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="5"/>
        <source>Two-sided</source>
        <translation>Doble cara</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="63"/>
        <source>&amp;Copies</source>
        <translation>&amp;Copias</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="98"/>
        <source>The system&apos;s default printer ({0})</source>
        <translation>La impresora predeterminada del sistema ({0})</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="98"/>
        <source>The system&apos;s default printer</source>
        <translation>La impresora predeterminada del sistema</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="109"/>
        <source>{0} (not installed)</source>
        <translation>{0} (no instalada)</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="129"/>
        <source>This printer prints on one side only.</source>
        <translation>Esta impresora solo imprime por una cara.</translation>
    </message>
    <message>
        <location filename="../../console/ui/settings/settings_printing.py" line="134"/>
        <source>The paper in the printer ({0})</source>
        <translation>El papel de la impresora ({0})</translation>
    </message>
</context>
<context>
    <name>PrintProblemBox</name>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="27"/>
        <source>This computer&apos;s print service is not running or not installed.</source>
        <translation>El servicio de impresión de este ordenador no está en marcha o no está instalado.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="29"/>
        <source>Ask whoever looks after the computers to install or start CUPS. Meanwhile, save the handout as a PDF.</source>
        <translation>Pida a quien cuida de los ordenadores que instale o ponga en marcha CUPS. Mientras tanto, guarde la hoja como PDF.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="35"/>
        <source>No printer is installed on this computer.</source>
        <translation>No hay ninguna impresora instalada en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="37"/>
        <source>Add the printer in the system&apos;s printer settings, then choose it in Settings → Printing.</source>
        <translation>Añada la impresora en la configuración de impresoras del sistema y elíjala en Ajustes → Impresión.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="43"/>
        <source>The printer {0} is not installed on this computer.</source>
        <translation>La impresora {0} no está instalada en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="44"/>
        <source>Choose an installed printer in Settings → Printing, or another printer.</source>
        <translation>Elija una impresora instalada en Ajustes → Impresión, u otra impresora.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="48"/>
        <source>The printer {0} is stopped{1}.</source>
        <translation>La impresora {0} está detenida{1}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="50"/>
        <source>Check that it is switched on, has paper and no paper jam, and resume it in the system&apos;s printer settings. Then try again.</source>
        <translation>Compruebe que está encendida, que tiene papel y que no hay un atasco, y reanúdela en la configuración de impresoras del sistema. Después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="56"/>
        <source>The printer {0} is not accepting jobs{1}.</source>
        <translation>La impresora {0} no acepta trabajos{1}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="58"/>
        <source>Let it accept jobs again in the system&apos;s printer settings, or print on another printer.</source>
        <translation>Haga que vuelva a aceptar trabajos en la configuración de impresoras del sistema, o imprima en otra impresora.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="64"/>
        <source>The printer {0} could not print the handout{1}.</source>
        <translation>La impresora {0} no pudo imprimir la hoja{1}.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="65"/>
        <source>Check the printer, then try again.</source>
        <translation>Revise la impresora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="69"/>
        <source>The printer {0} took the handout but has not printed it.</source>
        <translation>La impresora {0} recibió la hoja pero no la ha impreso.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="70"/>
        <source>Check that it is switched on and connected.</source>
        <translation>Compruebe que está encendida y conectada.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="82"/>
        <source>The handout was not printed</source>
        <translation>La hoja no se imprimió</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="85"/>
        <source>Nothing is lost: version {0} is saved in the chart and can be printed or saved at any time.</source>
        <translation>No se pierde nada: la versión {0} está guardada en la historia y se puede imprimir o guardar en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="90"/>
        <source>&amp;Save as PDF instead…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="93"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="96"/>
        <source>&amp;Other printer…</source>
        <translation>&amp;Otra impresora…</translation>
    </message>
    <message>
        <location filename="../../console/ui/home_program/print_problem.py" line="99"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>EndScreenHandout</name>
    <message>
        <location filename="../../console/ui/runner/runner_handout.py" line="28"/>
        <source>Print handout (Ctrl+P)</source>
        <translation>Imprimir hoja (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_handout.py" line="1"/>
        <source>Print handout</source>
        <translation>Imprimir hoja</translation>
    </message>
    <message>
        <location filename="../../console/ui/runner/runner_handout.py" line="31"/>
        <source>Print the patient&apos;s home program on the printer of Settings → Printing</source>
        <translation>Imprimir el programa de ejercicios en casa del paciente en la impresora de Ajustes → Impresión</translation>
    </message>
</context>
<context>
    <name>EnduranceChart</name>
    <message>
        <source>Other holds timed to fatigue (s), per pattern and side</source>
        <translation>Otros mantenimientos hasta la fatiga (s), por patrón y lado</translation>
    </message>
    <message>
        <source>Other holds trend</source>
        <translation>Evolución de otros mantenimientos</translation>
    </message>
    <message>
        <source>Endurance ratios per session</source>
        <translation>Cocientes de resistencia por sesión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Flexor / extensor
(target &lt; 1.00)</source>
        <translation>Flexores / extensores
(objetivo &lt; 1,00)</translation>
    </message>
    <message>
        <source>Right / left side bridge
(target 0.95 to 1.05)</source>
        <translation>Puente lateral derecho / izquierdo
(objetivo de 0,95 a 1,05)</translation>
    </message>
    <message>
        <source>Side bridge right / extensor
(target &lt; 0.75)</source>
        <translation>Puente lateral derecho / extensores
(objetivo &lt; 0,75)</translation>
    </message>
    <message>
        <source>Side bridge left / extensor
(target &lt; 0.75)</source>
        <translation>Puente lateral izquierdo / extensores
(objetivo &lt; 0,75)</translation>
    </message>
    <message>
        <source>No endurance tests or holds timed to fatigue recorded yet.</source>
        <translation>Aún no hay pruebas de resistencia ni mantenimientos hasta la fatiga anotados.</translation>
    </message>
    <message>
        <source>Extensors (Biering-Sørensen)</source>
        <translation>Extensores (Biering-Sørensen)</translation>
    </message>
    <message>
        <source>Trunk flexors</source>
        <translation>Flexores del tronco</translation>
    </message>
    <message>
        <source>Side bridge</source>
        <translation>Puente lateral</translation>
    </message>
    <message>
        <source>Prone bridge</source>
        <translation>Puente prono</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>{0}: seconds held</source>
        <translation>{0}: segundos mantenidos</translation>
    </message>
    <message>
        <source>Shaded: healthy mean ± 1 SD, men (blue) and women (pink), from {0}: {1}.</source>
        <translation>Sombreado: media ± 1 DE de personas sanas, hombres (azul) y mujeres (rosa), según {0}: {1}.</translation>
    </message>
    <message>
        <source>Prone bridge: Strand et al. 2014, {0}.</source>
        <translation>Puente prono: Strand et al. 2014, {0}.</translation>
    </message>
    <message>
        <source>Dashed line on the extensor test: {0} s; men aged 30 to 60 who held less were more likely to have a first episode of low-back trouble within a year (Biering-Sørensen 1984).</source>
        <translation>Línea discontinua en la prueba de extensores: {0} s; los hombres de 30 a 60 años que aguantaron menos tuvieron más probabilidad de un primer episodio de dolor lumbar en el año siguiente (Biering-Sørensen 1984).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>healthy men</source>
        <translation>hombres sanos</translation>
    </message>
    <message>
        <source>healthy women</source>
        <translation>mujeres sanas</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>held (s)</source>
        <translation>mantenido (s)</translation>
    </message>
    <message>
        <source>Outside McGill&apos;s target {0}</source>
        <translation>Fuera del objetivo de McGill {0}</translation>
    </message>
</context>
<context>
    <name>HomeHoldSuggestion</name>
    <message>
        <source>Put the suggested hold in the Hold cell; you can still type another</source>
        <translation>Pone el mantenimiento propuesto en la columna Mantener; puede escribir otro</translation>
    </message>
    <message>
        <source>extensor test (Biering-Sørensen)</source>
        <translation>prueba de extensores (Biering-Sørensen)</translation>
    </message>
    <message>
        <source>trunk flexor test</source>
        <translation>prueba de flexores del tronco</translation>
    </message>
    <message>
        <source>side bridge</source>
        <translation>puente lateral</translation>
    </message>
    <message>
        <source>prone bridge</source>
        <translation>puente prono</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>Suggested hold {0} s from the latest {1}: {2} s. Rule: half the measured time, at least 2 s and never more than 10 s (McGill: short endurance holds, progressed by adding holds rather than lengthening them).</source>
        <translation>Mantenimiento propuesto: {0} s, a partir de la última medición ({1}): {2} s. Regla: la mitad del tiempo medido, al menos 2 s y nunca más de 10 s (McGill: mantenimientos cortos de resistencia, que progresan añadiendo mantenimientos y no alargándolos).</translation>
    </message>
    <message>
        <source>Ta&amp;ke the suggested hold</source>
        <translation>&amp;Fijar el mantenimiento propuesto</translation>
    </message>
</context>
</TS>
