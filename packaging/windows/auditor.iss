; Inno Setup 6 script of the Windows installer: a per-user installation (no administrator
; rights: auditors' laptops are locked down), a Start-menu entry, an uninstaller.
;
; Built on Windows after the bundle (packaging/bundle.py makes dist\auditor\), by the CI workflow
; .github/workflows/windows.yml:
;     ISCC.exe /DAppVersion=<auditor.__version__> "/DAppName=<auditor.APP_NAME>" packaging\windows\auditor.iss
; The version and the name are passed in, never written here: auditor/__init__.py holds them.
;
; The user's databases live in %LOCALAPPDATA%\PharmaCapacityAuditor (platformdirs), outside the
; installation folder: an upgrade or an uninstall never touches them, and the first start of a
; newer version migrates them with a backup beside each.

#ifndef AppVersion
  #error Pass /DAppVersion=... (the version in auditor/__init__.py)
#endif
#ifndef AppName
  #error Pass /DAppName=... (APP_NAME in auditor/__init__.py)
#endif
#define BundleDir "..\..\dist\auditor"

[Setup]
; The identity of the application for upgrades and the uninstaller: never change it.
AppId={{6C1B7E52-3A4F-4B8E-9D2A-1F5C7B3E9A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; Per user: %LOCALAPPDATA%\Programs\Pharma Capacity Auditor, no elevation asked.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=pharma-capacity-auditor-{#AppVersion}-setup
SetupIconFile=..\..\auditor\resources\icon.ico
UninstallDisplayIcon={app}\auditorw.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: no library of the older version is left beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\auditor.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\auditorw.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The window, without a console: auditorw.exe. auditor.exe is the command line (self-test).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\auditorw.exe"
Name: "{autoprograms}\{#AppName} self-test"; Filename: "{app}\auditor.exe"; Parameters: "self-test --keep ""{userdocs}\{#AppName} self-test"""
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\auditorw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\auditorw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
