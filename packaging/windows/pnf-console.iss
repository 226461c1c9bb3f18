; Inno Setup script for PNF Console on Windows.
; Build the one-folder bundle first (see packaging/README.md), then:
;   iscc packaging\windows\pnf-console.iss
; The installer goes to dist\installer\. Per-user install by default (no admin rights
; needed on a treatment-room PC); an admin can choose "all users".

#define AppName "PNF Console"
#define AppVersion "0.1.0"
#define AppExe "pnf-console.exe"

[Setup]
AppId={{6F3C2E7A-5B1D-4C8E-9A2F-3D7E1B4C5A60}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=PNF Console
DefaultDirName={autopf}\PNF Console
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist\installer
OutputBaseFilename=pnf-console-{#AppVersion}-setup
SetupIconFile=pnf-console.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\pnf-console\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The database, settings, backups and clinic protocols live in the user's data folder
; (%LOCALAPPDATA%\pnf-console); uninstalling never deletes them.
